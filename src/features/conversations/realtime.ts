import type { ConversationOffer } from '@/contract/schemas/conversation';
import { combineUnsubscribes, type RealtimeRegistration } from '@/realtime/realtime-registration';
import { conversationKeys } from './api/conversation-keys';
import { upsertConversation } from './api/get-open-conversations';
import { useOutboxStore } from './stores/outbox-store';
import { useTypingStore } from './stores/typing-store';

/**
 * Conversations in the query cache follow the server: offers come and go, the open tabs and the history
 * follow conversation.updated, the thread its messages (the thread's own rule), and the customer's typing
 * shows on the tab. A message of ours arriving by the socket before the HTTP answer leaves the outbox.
 * After a resync (the server could not replay what was missed) every conversation query is refetched:
 * the open threads catch up from the server.
 */
export const registerConversationsRealtime: RealtimeRegistration = ({ client, queryClient, user }) =>
  combineUnsubscribes(
    client.on('conversation.offered', ({ offer }) => {
      queryClient.setQueryData<ConversationOffer[]>(conversationKeys.offers(), (list) => (list ? [...list.filter((o) => o.offerId !== offer.offerId), offer] : list));
      if (!queryClient.getQueryData(conversationKeys.offers())) void queryClient.invalidateQueries({ queryKey: conversationKeys.offers() });
    }),
    client.on('conversation.offer_withdrawn', ({ offerId }) => {
      queryClient.setQueryData<ConversationOffer[]>(conversationKeys.offers(), (list) => list?.filter((o) => o.offerId !== offerId));
    }),
    client.on('conversation.updated', ({ conversation }) => {
      upsertConversation(queryClient, conversation, user.id);
      if (!conversation.customerPresent) useTypingStore.getState().setCustomerTyping(conversation.conversationId, false);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.settings() });
    }),
    client.on('message.created', (event) => {
      const { message } = event;
      if (message.clientId) useOutboxStore.getState().confirm(message.clientId);
      if (message.author === 'customer') useTypingStore.getState().setCustomerTyping(message.conversationId, false);
      void queryClient.invalidateQueries({ queryKey: ['conversations', message.conversationId, 'messages'] });
    }),
    client.on('message.updated', (event) => {
      void queryClient.invalidateQueries({ queryKey: ['conversations', event.conversationId, 'messages'] });
    }),
    client.on('typing', ({ conversationId, who, typing }) => {
      if (who === 'customer') useTypingStore.getState().setCustomerTyping(conversationId, typing);
    }),
    client.onResync(() => void queryClient.invalidateQueries({ queryKey: conversationKeys.all })),
    () => useTypingStore.getState().reset(),
  );
