import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAccounts } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';
import { customerKey } from './get-customer';

export const accountsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'accounts'] as const,
    queryFn: ({ signal }) => api(getAccounts, { signal, params: { customerId } }),
  });

/** Balance, arrears, bills and payments of each account behind the customer. */
export function useAccounts(customerId: string) {
  return useQuery(accountsQueryOptions(customerId));
}
