import type { Message, MessageStatus } from '@/contract/schemas/conversation';

/**
 * A sent message's status only moves forward: sent → delivered → read; `failed` only from sent (a message
 * delivered has not failed). A receipt that would move it back (a late "delivered" after "read") is ignored.
 */
const order: Record<MessageStatus, number> = { sent: 0, delivered: 1, read: 2, failed: 3 };

export function advanceStatus(current: MessageStatus, next: MessageStatus): MessageStatus {
  if (current === 'failed' || current === next) return current;
  if (next === 'failed') return current === 'sent' ? 'failed' : current;
  return order[next] > order[current] ? next : current;
}

/**
 * The status an agent's message starts with: on a live chat (the customer's widget is there) it is
 * delivered as it is written; elsewhere (SMS, email, a chat the customer left) it is sent until a receipt.
 * A customer's own message is read by nobody yet, but it did arrive: delivered.
 */
export function statusOnSend(message: Pick<Message, 'author' | 'internal'>, channel: 'chat' | 'sms' | 'email' | 'social', customerPresent: boolean): MessageStatus {
  if (message.author !== 'agent' || message.internal) return 'delivered';
  return (channel === 'chat' || channel === 'social') && customerPresent ? 'delivered' : 'sent';
}

/**
 * The customer answered (wrote, or started typing in the widget): what the agent sent before has been read.
 * Answers the agent messages whose status changes, with their new status.
 */
export function readByReply(messages: readonly Pick<Message, 'messageId' | 'author' | 'internal' | 'status' | 'seq'>[], beforeSeq: number): { messageId: string; status: MessageStatus }[] {
  return messages
    .filter((m) => m.author === 'agent' && !m.internal && m.seq < beforeSeq && advanceStatus(m.status, 'read') !== m.status)
    .map((m) => ({ messageId: m.messageId, status: 'read' as const }));
}

/**
 * How long a carrier or mail server takes to confirm delivery where none is connected (mock mode, demo and
 * test servers): an SMS or email goes sent → delivered after this, so the outbox shows the whole path.
 */
export const FAKE_DELIVERY_RECEIPT_MS = 1500;
