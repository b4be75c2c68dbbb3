import { queryOptions, useQuery } from '@tanstack/react-query';
import { listDemoAccounts } from '@/contract/endpoints/session';
import { api } from '@/lib/api-client';

/**
 * The seeded demo users a demo backend offers (mock mode, a demo BFF). A production backend answers 404 and
 * the sign-in page shows none: no demo account or password is part of the desktop's bundle.
 */
export const demoAccountsQueryOptions = () =>
  queryOptions({
    queryKey: ['session', 'demo-accounts'],
    queryFn: ({ signal }) => api(listDemoAccounts, { signal }),
    staleTime: Infinity,
    retry: false,
  });

export function useDemoAccounts() {
  return useQuery(demoAccountsQueryOptions());
}
