import type { AttachmentPolicy, ConversationChannel } from '@/contract/schemas/conversation';
import { DomainError } from './domain-error';

/**
 * What an attachment may be on each channel, and the check both backends run on an upload: the declared
 * type must be allowed on the channel AND the bytes must be that type (read from their first bytes, never
 * trusted from the name or the declared mime), within the size limit. SMS carries no attachments.
 */

export const IMAGE_MIME = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const FILE_MIME = [
  'application/pdf',
  'text/plain',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** 2 MB: a phone photo resized by the widget, a bill as PDF; the upload's body limit (3 MB of base64) holds it. */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;

export const attachmentPolicies: Record<ConversationChannel, AttachmentPolicy> = {
  chat: { maxBytes: ATTACHMENT_MAX_BYTES, allowedMime: [...IMAGE_MIME, ...FILE_MIME] },
  social: { maxBytes: ATTACHMENT_MAX_BYTES, allowedMime: [...IMAGE_MIME, 'application/pdf'] },
  email: { maxBytes: ATTACHMENT_MAX_BYTES, allowedMime: [...IMAGE_MIME, ...FILE_MIME] },
  sms: { maxBytes: 0, allowedMime: [] },
};

/** The customer's widget sends pictures only. */
export const widgetPolicy: AttachmentPolicy = { maxBytes: ATTACHMENT_MAX_BYTES, allowedMime: [...IMAGE_MIME] };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The type the bytes are, by their signature: null when they are none we take. Word and Excel files of
 * today are zip containers (as is any .zip), and of old OLE compound files: those answer the family, and
 * the declared type picks within it.
 */
export function sniffMime(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return looksLikeText(bytes) ? 'text/plain' : null;
}

/** Text: valid UTF-8 without control characters other than tab, CR, LF (and a BOM allowed). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const b of bytes) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const family: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'zip',
  'application/msword': 'ole',
  'application/vnd.ms-excel': 'ole',
};

export interface CheckedAttachment {
  mime: string;
  kind: 'image' | 'file';
  size: number;
}

/**
 * Checks an upload against a policy: refused with `attachment_rejected` and `reason: 'type'` (a type the
 * channel does not take, or bytes that are not what they claim) or `'size'` (empty, or over the limit).
 */
export function checkAttachment(policy: AttachmentPolicy, declaredMime: string, bytes: Uint8Array): CheckedAttachment {
  const mime = declaredMime.split(';')[0]!.trim().toLowerCase();
  const refuse = (reason: 'type' | 'size', message: string) => new DomainError('attachment_rejected', message, { details: { reason } });
  if (!policy.allowedMime.includes(mime)) throw refuse('type', `${mime || 'no type'} is not taken here`);
  if (bytes.length === 0 || bytes.length > policy.maxBytes) throw refuse('size', `${bytes.length} bytes; at most ${policy.maxBytes}`);
  const sniffed = sniffMime(bytes);
  if (sniffed !== (family[mime] ?? mime)) throw refuse('type', `The content is ${sniffed ?? 'of no known type'}, not ${mime}`);
  return { mime, kind: mime.startsWith('image/') ? 'image' : 'file', size: bytes.length };
}

/** Base64 as the contract carries uploads; anything else is refused as a type we cannot read. */
export function decodeBase64(data: string): Uint8Array {
  const clean = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new DomainError('attachment_rejected', 'The data is not base64', { details: { reason: 'type' } });
  }
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name as it may be shown and served: no path, no control characters, not empty. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(0, 200) || 'attachment';
}
