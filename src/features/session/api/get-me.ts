import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMe } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';
import { getToken } from '@/lib/auth-token';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['session', 'me'],
    queryFn: ({ signal }) => api(getMe, { signal }),
    enabled: !!getToken(),
    staleTime: Infinity,
    retry: false,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
