import type { ConversationChannel, MessageContent } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import { CENTRE_ADDRESSES, textFromHtml } from '@/domain/inbound-conversation';
import { smsLength } from '@/domain/sms-segments';

/** What a customer's words are on a channel: text in a chat, an SMS counted in parts, an email to the centre. */
export function customerContent(input: { channel: ConversationChannel; tenant: Tenant; from: string; subject: string | null; text: string; html?: string | null }): MessageContent {
  switch (input.channel) {
    case 'sms':
      return { kind: 'sms', text: input.text, segments: smsLength(input.text).segments };
    case 'email':
      return {
        kind: 'email',
        subject: input.subject ?? '',
        from: input.from,
        to: [CENTRE_ADDRESSES[input.tenant]],
        cc: [],
        html: input.html ?? null,
        text: input.text || (input.html ? textFromHtml(input.html) : ''),
        inReplyTo: null,
        attachments: [],
      };
    default:
      return { kind: 'text', text: input.text };
  }
}
