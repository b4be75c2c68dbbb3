import type { ConversationOffer } from '@/contract/schemas/conversation';
import { combineUnsubscribes, type RealtimeRegistration } from '@/realtime/realtime-registration';
import { conversationKeys } from './api/conversation-keys';
import { upsertConversation } from './api/get-open-conversations';
import { useOutboxStore } from './stores/outbox-store';
import { useTypingStore } from './stores/typing-store';
import { threadMessagesKey } from './thread/api/get-thread-messages';
import type { ThreadData } from './thread/lib/thread-pages';
import { registerThreadRealtime } from './thread/realtime';

/**
 * Conversations in the query cache follow the server: offers come and go, the open tabs and the history
 * follow conversation.updated, the thread its messages (the thread's own rule), and the customer's typing
 * shows on the tab. A message of ours arriving by the socket before the HTTP answer leaves the outbox.
 * After a resync (the server could not replay what was missed) every conversation query is refetched:
 * the open threads catch up from the server.
 */
export const registerConversationsRealtime: RealtimeRegistration = (context) => {
  const { client, queryClient, user } = context;
  return combineUnsubscribes(
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
      // The thread's seq is gapless: a message more than one past the newest cached one means some were
      // missed (a page fetched before they existed, an event the server could not replay): fetch again.
      const key = threadMessagesKey(message.conversationId);
      const newest = queryClient.getQueryData<ThreadData>(key)?.pages[0]?.items.at(-1);
      if (newest && message.seq > newest.seq + 1) void queryClient.invalidateQueries({ queryKey: key });
    }),
    // The thread's own handlers put messages into its cache (once by seq); registered after the gap check
    // above, which must see the cache as it was before this message.
    registerThreadRealtime(context),
    client.on('typing', ({ conversationId, who, typing }) => {
      if (who === 'customer') useTypingStore.getState().setCustomerTyping(conversationId, typing);
    }),
    client.onResync(() => void queryClient.invalidateQueries({ queryKey: conversationKeys.all })),
    () => useTypingStore.getState().reset(),
  );
};
