import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMe } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';
import { hasSession } from '@/lib/session-hint';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['session', 'me'],
    queryFn: ({ signal }) => api(getMe, { signal }),
    enabled: hasSession(),
    staleTime: Infinity,
    retry: false,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
