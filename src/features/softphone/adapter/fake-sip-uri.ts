import type { SipUri } from './sip-js-api';

/** A SIP URI as far as the adapter reads one; undefined for text sip.js's grammar would refuse. */
export function parseFakeSipUri(text: string): SipUri | undefined {
  const match = /^(sips?):(?:([^@;:\s]+)@)?([^;>\s@]+)(;[^\s]*)?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, scheme, user, host, params = ''] = match;
  return {
    user: user || undefined,
    host: host!,
    toString: () => `${scheme!.toLowerCase()}:${user ? `${user}@` : ''}${host}${params}`,
  };
}
