import type { MessageContent } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import type { ConversationRecord } from './conversation-record';
import { CENTRE_ADDRESSES, textFromHtml } from './inbound-conversation';
import { smsLength } from './sms-segments';

/**
 * What a customer's words are on their conversation's channel: text in a chat or social message, an SMS
 * counted in parts, an email to the centre (its text made from the HTML when it has none). Shared by the
 * mocks and the BFF.
 */
export function customerContent(
  record: Pick<ConversationRecord, 'channel' | 'from' | 'subject'> & { tenant: Tenant },
  input: { text?: string; html?: string | null; subject?: string | null; to?: readonly string[]; cc?: readonly string[]; inReplyTo?: string | null },
): MessageContent {
  const text = input.text ?? (input.html ? textFromHtml(input.html) : '');
  switch (record.channel) {
    case 'sms':
      return { kind: 'sms', text, segments: smsLength(text).segments };
    case 'email':
      return {
        kind: 'email',
        subject: input.subject ?? record.subject ?? '',
        from: record.from,
        to: [...(input.to ?? [CENTRE_ADDRESSES[record.tenant]])],
        cc: [...(input.cc ?? [])],
        html: input.html ?? null,
        text,
        inReplyTo: input.inReplyTo ?? null,
        attachments: [],
      };
    default:
      return { kind: 'text', text };
  }
}
