import { FAKE_DELIVERY_RECEIPT_MS } from '@/domain/message-status';
import { getMockDb, type MockDb } from '@mocks/core/mock-db';
import { setMessageStatus } from './conversation-store';


const timers = new Set<ReturnType<typeof setTimeout>>();

/** An SMS or email is `sent` until the carrier's receipt, which mock mode fakes a moment later. */
export function deliverLater(db: MockDb, conversationId: string, messageId: string): void {
  const timer = setTimeout(() => {
    timers.delete(timer);
    const record = db.conversations.records.get(conversationId);
    // A reset between arming and firing leaves this db behind: nothing to do.
    if (getMockDb() === db && record) setMessageStatus(db, record, messageId, 'delivered');
  }, FAKE_DELIVERY_RECEIPT_MS);
  timers.add(timer);
}

export function cancelDeliveryTimers(): void {
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
}
