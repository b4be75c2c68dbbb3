import { SoftphoneError } from '../lib/softphone-error';
import type { SipJs, SipUri } from './sip-js-api';

/** A bare number or extension dials at our SIP domain; a full sip: URI is used as is. */
export function targetUri(sipJs: SipJs, ownUri: string | null, target: string): SipUri {
  const trimmed = target.trim();
  const domain = ownUri !== null ? (sipJs.makeURI(ownUri)?.host ?? 'invalid') : 'invalid';
  const uri = sipJs.makeURI(/^sips?:/i.test(trimmed) ? trimmed : `sip:${trimmed}@${domain}`);
  if (!uri || !trimmed) throw new SoftphoneError('invalid_target');
  return uri;
}
