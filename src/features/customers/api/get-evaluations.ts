import { queryOptions, useQuery } from '@tanstack/react-query';
import { getEvaluations } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const evaluationsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'evaluations'] as const,
    queryFn: ({ signal }) => api(getEvaluations, { signal, params: { customerId } }),
  });

/** Survey scores and complaints. */
export function useEvaluations(customerId: string) {
  return useQuery(evaluationsQueryOptions(customerId));
}
