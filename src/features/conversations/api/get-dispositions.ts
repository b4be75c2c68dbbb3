import { queryOptions, useQuery } from '@tanstack/react-query';
import { listDispositions } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const dispositionsQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.dispositions(),
    queryFn: ({ signal }) => api(listDispositions, { signal }).then((r) => r.items),
    staleTime: 10 * 60_000,
  });

/** What a conversation can be closed with (labels per locale). */
export function useDispositions(enabled = true) {
  return useQuery({ ...dispositionsQueryOptions(), enabled });
}
