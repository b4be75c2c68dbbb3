import { queryOptions, useQuery } from '@tanstack/react-query';
import { listConversations } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const historyQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.history(),
    queryFn: ({ signal }) => api(listConversations, { signal, query: { status: 'closed', limit: 50 } }).then((r) => r.items),
  });

/** The agent's closed conversations, newest first (the latest page). */
export function useHistory(enabled = true) {
  return useQuery({ ...historyQueryOptions(), enabled });
}
