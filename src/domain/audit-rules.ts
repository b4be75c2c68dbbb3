import type { AuditAction, AuditEntry } from '@/contract/schemas/audit';
import type { Role, Tenant } from '@/contract/schemas/identity';

/** Who may read which audit entries: a team lead their own centre's, an admin everyone's. */
export function auditVisibleTo(viewer: { role: Role; tenant: Tenant }, entry: Pick<AuditEntry, 'tenant'>): boolean {
  if (viewer.role === 'admin') return true;
  return viewer.role === 'supervisor' && entry.tenant === viewer.tenant;
}

export interface AuditFilter {
  actorId?: string;
  action?: AuditAction;
}

/** An entry matches the filter a team lead chose (person, action). */
export function auditMatches(entry: AuditEntry, filter: AuditFilter): boolean {
  return (!filter.actorId || entry.actorId === filter.actorId) && (!filter.action || entry.action === filter.action);
}

/**
 * The sort key of the log, newest first as the view lists it: `at` descending, then the later id first
 * (two entries in one millisecond: a failed sign-in, then the one that worked). Pages use it as their
 * cursor, so time and id are inverted to keep "greater is later in the list". Ids are counters
 * (`au-000123`): inverting their digits reverses their order.
 */
export function auditSortKey(entry: Pick<AuditEntry, 'at' | 'id'>): string {
  const invertedId = entry.id.replace(/\d/g, (d) => String(9 - Number(d)));
  return `${String(8_640_000_000_000_000 - Date.parse(entry.at)).padStart(16, '0')}|${invertedId}`;
}
