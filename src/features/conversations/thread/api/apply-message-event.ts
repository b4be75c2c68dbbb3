import type { QueryClient } from '@tanstack/react-query';
import type { RealtimeEventOf } from '@/contract/events';
import type { Message } from '@/contract/schemas/conversation';
import { insertMessage, updateMessageStatus, type ThreadData } from '../lib/thread-pages';
import { threadMessagesKey } from './get-thread-messages';

type MessageEvent = RealtimeEventOf<'message.created'> | RealtimeEventOf<'message.updated'>;

function update(queryClient: QueryClient, conversationId: string, change: (data: ThreadData) => ThreadData) {
  const queryKey = threadMessagesKey(conversationId);
  queryClient.setQueryData<ThreadData>(queryKey, (data) => (data ? change(data) : data));
  // A page fetch in flight started from the pages as they were and will overwrite this change when it lands
  // (an infinite query keeps the pages it read when the fetch began): apply the change again after it.
  const cache = queryClient.getQueryCache();
  const query = cache.find({ queryKey, exact: true });
  if (query?.state.fetchStatus !== 'fetching') return;
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query || event.type !== 'updated' || query.state.fetchStatus === 'fetching') return;
    unsubscribe();
    queryClient.setQueryData<ThreadData>(queryKey, (data) => (data ? change(data) : data));
  });
}

/** Puts a message into its conversation's cached thread (once, in seq order); the send's answer can use it too. */
export function insertThreadMessage(queryClient: QueryClient, message: Message): void {
  update(queryClient, message.conversationId, (data) => insertMessage(data, message));
}

/**
 * The realtime handler for `message.created` and `message.updated`: inserts a message once by seq (a
 * repeat or a late, out-of-order event changes nothing but a newer status) and moves a status forward.
 * A thread not in the cache is left alone: it is fetched whole when opened.
 */
export function applyMessageEvent(queryClient: QueryClient, event: MessageEvent): void {
  if (event.type === 'message.created') insertThreadMessage(queryClient, event.message);
  else update(queryClient, event.conversationId, (data) => updateMessageStatus(data, event.messageId, event.status));
}
