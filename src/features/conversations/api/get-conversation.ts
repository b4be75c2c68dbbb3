import { queryOptions, useQuery } from '@tanstack/react-query';
import { getConversation } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { useOpenConversations } from './get-open-conversations';

export const conversationQueryOptions = (conversationId: string) =>
  queryOptions({
    queryKey: ['conversations', conversationId, 'summary'] as const,
    queryFn: ({ signal }) => api(getConversation, { signal, params: { conversationId } }),
  });

/**
 * One conversation: an open one from the tabs (kept current by realtime), else fetched (a closed one from
 * the history, or a link).
 */
export function useConversation(conversationId: string | null) {
  const open = useOpenConversations();
  const fromTabs = open.data?.find((c) => c.conversationId === conversationId);
  const fetched = useQuery({ ...conversationQueryOptions(conversationId ?? ''), enabled: !!conversationId && open.isFetched && !fromTabs });
  return { data: fromTabs ?? fetched.data, isPending: !fromTabs && (open.isPending || fetched.isPending), error: fromTabs ? null : fetched.error };
}
