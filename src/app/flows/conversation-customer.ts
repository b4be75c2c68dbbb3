import type { ConversationSummary } from '@/contract/schemas/conversation';
import { usePopStore } from '@/features/customers/stores/pop-store';

type Shown = Pick<ConversationSummary, 'conversationId' | 'channel' | 'customerId' | 'title'>;

/**
 * The rule "the conversation on screen → its customer in the context panel": switching tabs makes that
 * conversation the contact in hand. The pop its offer made is reused (the chat's contact, with its identity
 * check); a conversation with no pop yet (after a reload, or opened from the history) gets one: its customer
 * when known, else "unknown" with search and link.
 */
export function showConversationCustomer(conversation: Shown, now: number): void {
  const store = usePopStore.getState();
  const existing = store.pops.find((p) => p.key === conversation.conversationId || p.contactId === conversation.conversationId);
  if (existing) {
    if (conversation.customerId && existing.customerId !== conversation.customerId) store.patch(existing.key, { customerId: conversation.customerId, status: 'matched' });
    if (store.activeKey !== existing.key) store.setActive(existing.key);
    return;
  }
  store.show({
    key: conversation.conversationId,
    contactId: null,
    callId: null,
    channel: conversation.channel,
    from: conversation.title,
    status: conversation.customerId ? 'matched' : 'unknown',
    customerId: conversation.customerId,
    matches: [],
    intent: null,
    at: now,
  });
}
