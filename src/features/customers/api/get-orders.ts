import { queryOptions, useQuery } from '@tanstack/react-query';
import { getOrders } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const ordersQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'orders'] as const,
    queryFn: ({ signal }) => api(getOrders, { signal, params: { customerId } }),
  });

export function useOrders(customerId: string) {
  return useQuery(ordersQueryOptions(customerId));
}
