import { advanceStatus, FAKE_DELIVERY_RECEIPT_MS } from '@/domain/message-status';
import { lockConversation } from '../store/conversation-queries';
import { messagesAwaitingReceipt, setMessageStatus } from '../store/message-queries';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';

/** Before this instant a sent SMS or email has had its (faked) receipt; null on production, which waits for real ones. */
export function receiptsDueBefore(deps: BffDeps): string | null {
  return deps.config.mode === 'production' ? null : new Date(deps.now() - FAKE_DELIVERY_RECEIPT_MS).toISOString();
}

/** A demo server's stand-in for delivery receipts: each sent message old enough is delivered now. */
export async function fakeDeliveryReceipts(deps: BffDeps): Promise<void> {
  const before = receiptsDueBefore(deps);
  if (!before) return;
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  for (const message of await messagesAwaitingReceipt(deps.db, before)) {
    await deps.db.transaction(async (tx) => {
      const record = await lockConversation(tx, message.conversationId);
      const next = advanceStatus(message.status, 'delivered');
      if (!record || next === message.status) return;
      await setMessageStatus(tx, message.conversationId, message.seq, next);
      outbox.messageStatus(record, message, next);
    });
  }
  await outbox.flush(deps);
}
