import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getContactHistory } from '@/contract/endpoints/customers';
import type { Channel } from '@/contract/schemas/channel';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export interface TimelineFilter {
  channel: Channel | null;
  /** Words in the intent or summary; empty for all. */
  q: string;
}

export const NO_TIMELINE_FILTER: TimelineFilter = { channel: null, q: '' };

/** Large pages: the list is virtual, so a page costs a request, not a render. */
export const TIMELINE_PAGE = 200;

export const contactHistoryQueryOptions = (customerId: string, filter: TimelineFilter = NO_TIMELINE_FILTER) =>
  infiniteQueryOptions({
    queryKey: [...customerKey(customerId), 'contacts', filter] as const,
    queryFn: ({ pageParam, signal }) =>
      api(getContactHistory, {
        signal,
        params: { customerId },
        query: { limit: TIMELINE_PAGE, cursor: pageParam ?? undefined, channel: filter.channel ?? undefined, q: filter.q.trim() || undefined },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** Every past contact on every channel, newest first; older pages on demand. */
export function useContactHistory(customerId: string, filter: TimelineFilter) {
  return useInfiniteQuery(contactHistoryQueryOptions(customerId, filter));
}
