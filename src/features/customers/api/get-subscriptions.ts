import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSubscriptions } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const subscriptionsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'subscriptions'] as const,
    queryFn: ({ signal }) => api(getSubscriptions, { signal, params: { customerId } }),
  });

/** The customer's numbers, plans and this month's use. */
export function useSubscriptions(customerId: string) {
  return useQuery(subscriptionsQueryOptions(customerId));
}
