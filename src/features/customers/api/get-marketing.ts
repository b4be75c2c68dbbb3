import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMarketing } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const marketingQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'marketing'] as const,
    queryFn: ({ signal }) => api(getMarketing, { signal, params: { customerId } }),
  });

/** Offers made and their outcome, and whether the customer opted out. */
export function useMarketing(customerId: string) {
  return useQuery(marketingQueryOptions(customerId));
}
