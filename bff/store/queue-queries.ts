import { eq } from 'drizzle-orm';
import type { QueueRecord } from '@/domain/queue-figures';
import type { Db } from './open-store';
import { queues } from './schema';

function toRecord(row: typeof queues.$inferSelect): QueueRecord {
  return { ...row, tenant: row.tenant as QueueRecord['tenant'], skill: row.skill as QueueRecord['skill'], tier: row.tier as QueueRecord['tier'] };
}

export async function getQueue(db: Db, queueId: string): Promise<QueueRecord | null> {
  const [row] = await db.select().from(queues).where(eq(queues.queueId, queueId)).limit(1);
  return row ? toRecord(row) : null;
}

export async function listQueues(db: Db): Promise<QueueRecord[]> {
  return (await db.select().from(queues).orderBy(queues.queueId)).map(toRecord);
}

export async function setQueueStats(db: Db, queueId: string, stats: QueueRecord['stats']): Promise<void> {
  await db.update(queues).set({ stats }).where(eq(queues.queueId, queueId));
}

export async function setQueuePolicy(db: Db, queueId: string, acwSeconds: number): Promise<boolean> {
  return (await db.update(queues).set({ acwSeconds }).where(eq(queues.queueId, queueId)).returning({ q: queues.queueId })).length === 1;
}
