import { queryOptions } from '@tanstack/react-query';
import { lookupCaller } from '@/contract/endpoints/customers';
import { api } from '@/lib/api-client';

/** Who is behind a number, email address or chat handle (screen pop). */
export const callerLookupQueryOptions = (from: string) =>
  queryOptions({
    queryKey: ['callers', from] as const,
    queryFn: ({ signal }) => api(lookupCaller, { signal, query: { from } }),
    staleTime: 60_000,
  });
