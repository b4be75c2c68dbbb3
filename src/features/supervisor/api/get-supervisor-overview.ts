import { queryOptions, useQuery } from '@tanstack/react-query';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { api } from '@/lib/api-client';

export const supervisorOverviewQueryOptions = () =>
  queryOptions({
    queryKey: ['supervisor', 'overview'],
    queryFn: ({ signal }) => api(getSupervisorOverview, { signal }),
    staleTime: 10_000,
  });

export function useSupervisorOverview() {
  return useQuery(supervisorOverviewQueryOptions());
}
