import { asc, eq } from 'drizzle-orm';
import type { Disposition } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import type { StoredCannedResponse } from '@/domain/canned-responses';
import type { Db } from './open-store';
import { cannedResponses, dispositions } from './schema';

/** A centre's canned responses (a few dozen: searched in memory by the domain's rule). */
export async function cannedOf(db: Db, tenant: Tenant): Promise<StoredCannedResponse[]> {
  const rows = await db.select({ record: cannedResponses.record }).from(cannedResponses).where(eq(cannedResponses.tenant, tenant)).orderBy(asc(cannedResponses.id));
  return rows.map((r) => r.record);
}

export async function listDispositions(db: Db): Promise<Disposition[]> {
  const rows = await db.select().from(dispositions).orderBy(asc(dispositions.position));
  return rows.map((r) => ({ code: r.code, labels: r.labels }));
}
