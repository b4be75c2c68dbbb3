import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { searchCannedResponses } from '@/contract/endpoints/conversations';
import type { ConversationChannel } from '@/contract/schemas/conversation';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const cannedQueryOptions = (q: string, channel: ConversationChannel) =>
  queryOptions({
    queryKey: conversationKeys.canned(q, channel),
    queryFn: ({ signal }) => api(searchCannedResponses, { signal, query: { q: q || undefined, channel } }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });

/** Canned responses (常用语) for a channel, by keyword. */
export function useCannedResponses(q: string, channel: ConversationChannel, enabled: boolean) {
  return useQuery({ ...cannedQueryOptions(q.trim(), channel), enabled, placeholderData: keepPreviousData });
}
