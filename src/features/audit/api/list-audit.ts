import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { listAudit } from '@/contract/endpoints/audit';
import type { AuditAction } from '@/contract/schemas/audit';
import { api } from '@/lib/api-client';

export interface AuditFilter {
  actorId: string | null;
  action: AuditAction | null;
}

const PAGE = 50;

export const auditQueryOptions = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam, signal }) =>
      api(listAudit, {
        signal,
        query: { limit: PAGE, cursor: pageParam ?? undefined, actorId: filter.actorId ?? undefined, action: filter.action ?? undefined },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: 15_000,
  });

/** The audit log, newest first, a page at a time. */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery(auditQueryOptions(filter));
}
