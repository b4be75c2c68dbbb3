import type { Message, MessageContent } from '@/contract/schemas/conversation';
import { forCustomer } from './conversation-record';

/** The attachments a message's content carries (an image, a file, an email's). */
export function attachmentIdsOf(content: MessageContent): string[] {
  switch (content.kind) {
    case 'image':
    case 'file':
      return [content.attachment.attachmentId];
    case 'email':
      return content.attachments.map((a) => a.attachmentId);
    default:
      return [];
  }
}

/**
 * A customer may fetch an attachment of their chat only once a message they can see carries it: what an
 * agent uploaded and has not sent yet, or put in a staff-only note, stays with the staff.
 */
export function customerMaySeeAttachment(thread: readonly Message[], attachmentId: string): boolean {
  return thread.some((message) => forCustomer(message) !== null && attachmentIdsOf(message.content).includes(attachmentId));
}

/** A picture the customer may send in their chat: one they uploaded for this chat, and an image. */
export function widgetSendable(stored: { conversationId: string; mime: string } | undefined, conversationId: string): boolean {
  return !!stored && stored.conversationId === conversationId && stored.mime.startsWith('image/');
}
