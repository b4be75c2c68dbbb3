import { CENTRE_ADDRESSES } from '@/domain/inbound-conversation';
import { maskContactPoint } from '@/domain/mask-pii';

const centre = new Set(Object.values(CENTRE_ADDRESSES));

/**
 * An address in an email's header as the agent sees it: the customer's (and anyone they copied) masked as
 * the conversation's tab masks it (w***@example.com), a display name kept ("王芳 <w***@example.com>"); the
 * centre's own addresses are nobody's personal data and stay as they are. The message keeps the whole
 * address, which is what a reply is sent to.
 */
export function maskEmailParty(address: string): string {
  const named = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(address);
  const bare = (named ? named[2]! : address).trim();
  if (centre.has(bare.toLowerCase())) return address;
  const masked = maskContactPoint(bare);
  return named?.[1] ? `${named[1]} <${masked}>` : masked;
}
