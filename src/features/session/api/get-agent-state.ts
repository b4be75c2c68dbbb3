import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAgentState } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';

export const agentStateQueryOptions = () =>
  queryOptions({
    queryKey: ['agent', 'state'],
    queryFn: ({ signal }) => api(getAgentState, { signal }),
    staleTime: 60_000,
  });

export function useAgentState() {
  return useQuery(agentStateQueryOptions());
}
