import type { ConversationChannel, OutgoingContent } from '@/contract/schemas/conversation';
import type { Draft } from '../stores/drafts-store';
import { textLength, textLimit } from '@/domain/outgoing-message';
import { countSms } from './count-sms';

const EMAIL_RE = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export type ComposeProblem =
  | { code: 'empty' }
  | { code: 'too_long'; max: number; length: number }
  | { code: 'sms_too_long'; max: number; length: number; segments: number }
  | { code: 'no_recipient' }
  | { code: 'bad_address'; address: string }
  | { code: 'no_subject' };

export function splitAddresses(value: string): string[] {
  return value
    .split(/[,;，；\s]+/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * What one press of Send sends, checked as the server will check it: for a chat each attachment is its own
 * message and the words follow; an SMS within its segments; an email with a recipient and a subject. An
 * internal note is text whatever the channel.
 */
export function buildOutgoing(channel: ConversationChannel, draft: Draft): { contents: OutgoingContent[]; internal: boolean } | { problem: ComposeProblem } {
  const text = draft.text.trim();
  if (draft.internal) {
    if (!text) return { problem: { code: 'empty' } };
    const max = textLimit(channel === 'sms' ? 'chat' : channel, true);
    if (textLength(text) > max) return { problem: { code: 'too_long', max, length: textLength(text) } };
    return { contents: [{ kind: 'text', text }], internal: true };
  }
  if (channel === 'sms') {
    if (!text) return { problem: { code: 'empty' } };
    const sms = countSms(text);
    if (sms.tooLong) return { problem: { code: 'sms_too_long', max: sms.max, length: sms.units, segments: sms.segments } };
    return { contents: [{ kind: 'sms', text }], internal: false };
  }
  if (channel === 'email') {
    const to = splitAddresses(draft.to);
    const cc = splitAddresses(draft.cc);
    if (to.length === 0) return { problem: { code: 'no_recipient' } };
    const bad = [...to, ...cc].find((a) => !EMAIL_RE.test(a));
    if (bad) return { problem: { code: 'bad_address', address: bad } };
    if (!draft.subject.trim()) return { problem: { code: 'no_subject' } };
    if (!text) return { problem: { code: 'empty' } };
    const max = textLimit('email', false);
    if (textLength(draft.text) > max) return { problem: { code: 'too_long', max, length: textLength(draft.text) } };
    return {
      contents: [{ kind: 'email', subject: draft.subject.trim(), to, cc, text: draft.text, inReplyTo: draft.inReplyTo, attachmentIds: draft.attachments.map((a) => a.attachmentId) }],
      internal: false,
    };
  }
  // chat and social
  if (!text && draft.attachments.length === 0) return { problem: { code: 'empty' } };
  const max = textLimit(channel, false);
  if (textLength(text) > max) return { problem: { code: 'too_long', max, length: textLength(text) } };
  const contents: OutgoingContent[] = draft.attachments.map((a) => (a.mime.startsWith('image/') ? { kind: 'image', attachmentId: a.attachmentId, caption: null } : { kind: 'file', attachmentId: a.attachmentId }));
  if (text) contents.push({ kind: 'text', text });
  return { contents, internal: false };
}
