import { queryOptions, useQuery } from '@tanstack/react-query';
import { getCustomerTickets } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const customerTicketsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'tickets'] as const,
    queryFn: ({ signal }) => api(getCustomerTickets, { signal, params: { customerId } }),
  });

export function useCustomerTickets(customerId: string) {
  return useQuery(customerTicketsQueryOptions(customerId));
}
