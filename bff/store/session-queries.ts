import { randomBytes } from 'node:crypto';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { newSessionTimes, SESSION_IDLE_MS, sessionStatus, touchSession } from '@/domain/session-rules';
import type { Role } from '@/contract/schemas/identity';
import type { Db } from './open-store';
import { sessions, users } from './schema';
import { findUser, type UserRecord } from './user-queries';

export type SessionRecord = typeof sessions.$inferSelect;

/** Opens a session: an unguessable id for the HttpOnly cookie and a CSRF token for the page. */
export async function createSession(db: Db, user: { id: string; role: Role }, now: number): Promise<SessionRecord> {
  const record: SessionRecord = {
    id: randomBytes(32).toString('base64url'),
    csrf: randomBytes(24).toString('base64url'),
    userId: user.id,
    role: user.role,
    ...newSessionTimes(now),
  };
  await db.insert(sessions).values(record);
  return record;
}

/** The live session of a cookie, kept alive by this use (written at most once a minute); null otherwise. */
export async function liveSession(db: Db, id: string | null | undefined, now: number): Promise<SessionRecord | null> {
  if (!id) return null;
  const [record] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  if (!record || sessionStatus(record, now) !== 'live') return null;
  const touched = touchSession(record, now);
  if (touched) await db.update(sessions).set({ lastSeenAt: touched.lastSeenAt }).where(eq(sessions.id, id));
  return touched ?? record;
}

/**
 * As liveSession, with the session's user in the same round trip: every request needs both, and on an
 * embedded store each query costs as much as the work it does.
 */
export async function liveSessionWithUser(db: Db, id: string | null | undefined, now: number): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  if (!id) return null;
  const [row] = await db.select({ session: sessions, user: users }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, id)).limit(1);
  if (!row || sessionStatus(row.session, now) !== 'live') return null;
  const touched = touchSession(row.session, now);
  if (touched) await db.update(sessions).set({ lastSeenAt: touched.lastSeenAt }).where(eq(sessions.id, id));
  const user = { ...row.user, role: row.user.role as Role, tenant: row.user.tenant as UserRecord['tenant'], locale: row.user.locale as UserRecord['locale'] };
  return { session: touched ?? row.session, user };
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends live sessions now (all, or one user's). Returns how many. */
export async function expireSessions(db: Db, now: number, userId?: string): Promise<number> {
  const live = and(gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, now - SESSION_IDLE_MS));
  const rows = await db
    .update(sessions)
    .set({ expiresAt: now })
    .where(userId ? and(live, eq(sessions.userId, userId)) : live)
    .returning({ id: sessions.id });
  return rows.length;
}

/** Users with at least one live session, in sign-in order. */
export async function signedInUsers(db: Db, now: number): Promise<UserRecord[]> {
  const rows = await db
    .select({ user: users, first: sql<number>`min(${sessions.createdAt})` })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, now - SESSION_IDLE_MS)))
    .groupBy(users.id)
    .orderBy(sql`min(${sessions.createdAt})`);
  return rows.map((r) => ({ ...r.user, role: r.user.role as Role, tenant: r.user.tenant as UserRecord['tenant'], locale: r.user.locale as UserRecord['locale'] }));
}

/** Whether a user still has a live session after one ended (another tab or device). */
export async function hasLiveSession(db: Db, userId: string, now: number): Promise<boolean> {
  return (await signedInUsers(db, now)).some((u) => u.id === userId);
}

/** Sessions past their end are deleted now and then, so the table does not grow forever. */
export async function pruneSessions(db: Db, now: number): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, now - 24 * 3600_000));
}

export { findUser };
