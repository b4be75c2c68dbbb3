import { eq, lte, sql } from 'drizzle-orm';
import type { IdempotentAnswer } from '@/domain/idempotency';
import type { SignInFailures } from '@/domain/sign-in-lockout';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { idempotency, signInFailures } from './schema';

/** Next value of a named counter, for ids like `ct-000001`; the database counts, so instances never collide. */
export async function nextId(db: Db, prefix: string, width = 6): Promise<string> {
  const rows = await queryRows<{ value: string | number }>(
    db,
    sql`INSERT INTO counters (name, value) VALUES (${prefix}, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value`,
  );
  return `${prefix}-${String(Number(rows[0]!.value)).padStart(width, '0')}`;
}

export async function getSignInFailures(db: Db, username: string): Promise<SignInFailures | undefined> {
  const [row] = await db.select().from(signInFailures).where(eq(signInFailures.username, username)).limit(1);
  return row ? { count: row.count, lockedUntil: row.lockedUntil } : undefined;
}

export async function setSignInFailures(db: Db, username: string, failures: SignInFailures | null): Promise<void> {
  if (!failures) {
    await db.delete(signInFailures).where(eq(signInFailures.username, username));
    return;
  }
  await db
    .insert(signInFailures)
    .values({ username, ...failures })
    .onConflictDoUpdate({ target: signInFailures.username, set: failures });
}

export async function getIdempotentAnswer(db: Db, scope: string): Promise<IdempotentAnswer | null> {
  const [row] = await db.select().from(idempotency).where(eq(idempotency.scope, scope)).limit(1);
  return row ? { status: row.status, body: row.body } : null;
}

/** Keeps the first answer: a concurrent duplicate that lost the race leaves the winner's in place. */
export async function putIdempotentAnswer(db: Db, scope: string, answer: IdempotentAnswer, now: number): Promise<void> {
  await db.insert(idempotency).values({ scope, status: answer.status, body: answer.body, createdAt: now }).onConflictDoNothing();
}

/** Keys are honoured for a day. */
export async function pruneIdempotency(db: Db, now: number): Promise<void> {
  await db.delete(idempotency).where(lte(idempotency.createdAt, now - 24 * 3600_000));
}
