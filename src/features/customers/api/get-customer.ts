import { queryOptions, useQuery } from '@tanstack/react-query';
import { getCustomer } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';

/** Every query of one customer starts with this key, so a prefix invalidates the whole view. */
export const customerKey = (customerId: string) => ['customers', customerId] as const;

export const customerQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: [...customerKey(customerId), 'header'] as const,
    queryFn: ({ signal }) => api(getCustomer, { signal, params: { customerId } }),
    staleTime: 60_000,
  });

/** Who this is: name, level, segment, masked identity and the risk flags. */
export function useCustomer(customerId: string | null) {
  return useQuery({ ...customerQueryOptions(customerId ?? ''), enabled: !!customerId });
}
