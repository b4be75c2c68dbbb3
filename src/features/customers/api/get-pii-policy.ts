import { queryOptions, useQuery } from '@tanstack/react-query';
import { getPiiPolicy } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';

export const piiPolicyQueryOptions = () =>
  queryOptions({
    queryKey: ['pii', 'policy'] as const,
    queryFn: ({ signal }) => api(getPiiPolicy, { signal }),
    // The role's policy does not change during a session.
    staleTime: Infinity,
  });

/** Which masked fields this role may reveal, and for how long. */
export function usePiiPolicy() {
  return useQuery(piiPolicyQueryOptions());
}
