import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { api } from '@/lib/api-client';

export const supervisorOverviewQueryOptions = () =>
  queryOptions({
    queryKey: ['supervisor', 'overview'],
    queryFn: ({ signal }) => api(getSupervisorOverview, { signal }),
    staleTime: 10_000,
    // Live updates patch the board every frame and already keep unchanged rows' identity (patch-overview.ts):
    // a deep comparison of a thousand rows per frame would cost more than it saves, and would hand the
    // cache a copy instead of the patched array, whose row index the next patch reuses.
    structuralSharing: false,
  });

export function useSupervisorOverview() {
  return useQuery(supervisorOverviewQueryOptions());
}
