import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { listMessages } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';

/** Messages per page: the list is virtual, so a page costs a request, not a render. */
export const THREAD_PAGE_SIZE = 100;

/** The thread's cache key; every conversation query sits under `['conversations', id]`. */
export const threadMessagesKey = (conversationId: string) => ['conversations', conversationId, 'messages'] as const;

/**
 * The thread: the first page is the latest, each further page older (by cursor); items oldest first within
 * a page. Realtime events keep it current (`applyMessageEvent`), so it never goes stale by time; a resync
 * invalidates it.
 */
export const threadMessagesQueryOptions = (conversationId: string) =>
  infiniteQueryOptions({
    queryKey: threadMessagesKey(conversationId),
    queryFn: ({ pageParam, signal }) =>
      api(listMessages, { signal, params: { conversationId }, query: { limit: THREAD_PAGE_SIZE, cursor: pageParam ?? undefined } }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: Infinity,
  });

export function useThreadMessages(conversationId: string) {
  return useInfiniteQuery(threadMessagesQueryOptions(conversationId));
}
