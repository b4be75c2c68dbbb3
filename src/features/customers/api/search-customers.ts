import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { searchCustomers } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';

/** The contract needs at least two characters. */
export const MIN_SEARCH_LENGTH = 2;

export const customerSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['customer-search', q] as const,
    queryFn: ({ signal }) => api(searchCustomers, { signal, query: { q, limit: 20 } }),
    enabled: q.length >= MIN_SEARCH_LENGTH,
    staleTime: 30_000,
  });

/** Customers by number, name, ID number, account or customer id. */
export function useCustomerSearch(q: string) {
  return useQuery({ ...customerSearchQueryOptions(q.trim()), placeholderData: keepPreviousData });
}
