import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditAction } from '@/contract/schemas/audit';
import type { Role, Tenant } from '@/contract/schemas/identity';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page } from '@/contract/core/pagination';
import { auditSortKey } from '@/domain/audit-rules';
import { decodeCursor, encodeCursor } from '@/domain/paginate';
import type { Db } from './open-store';
import { auditLog } from './schema';

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, sortKey: auditSortKey(entry) });
}

export interface AuditQuery {
  viewer: { role: Role; tenant: Tenant };
  actorId?: string;
  action?: AuditAction;
  cursor?: string;
  limit?: number;
}

/**
 * The log as the viewer may see it (the same rule as `auditVisibleTo`, written as SQL so an index answers),
 * newest first, one page after the cursor.
 */
export async function listAudit(db: Db, query: AuditQuery): Promise<Page<AuditEntry>> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const where: (SQL | undefined)[] = [];
  if (query.viewer.role !== 'admin') where.push(query.viewer.role === 'supervisor' ? eq(auditLog.tenant, query.viewer.tenant) : isNull(auditLog.id));
  if (query.actorId) where.push(eq(auditLog.actorId, query.actorId));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.cursor !== undefined) where.push(gt(auditLog.sortKey, decodeCursor(query.cursor)));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(asc(auditLog.sortKey))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const items = page.map(({ sortKey: _key, ...e }) => ({ ...e, action: e.action as AuditAction, tenant: e.tenant as Tenant | null }));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey) : null };
}

