import { useEffect } from 'react';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { showConversationCustomer } from './conversation-customer';

/** Mounted with the active conversation: each switch (or its customer being identified) shows that customer. */
export function useConversationCustomer(conversation: ConversationSummary | undefined): void {
  const id = conversation?.conversationId;
  const customerId = conversation?.customerId ?? null;
  const channel = conversation?.channel;
  const title = conversation?.title;
  useEffect(() => {
    if (!id || !channel || title === undefined) return;
    showConversationCustomer({ conversationId: id, channel, customerId, title }, Date.now());
  }, [id, channel, customerId, title]);
}
