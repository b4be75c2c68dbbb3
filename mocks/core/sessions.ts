import { sessionStatus, newSessionTimes, touchSession } from '@/domain/session-rules';
import type { SeedAgent } from '@mocks/seed/types';
import { getMockDb, nextId, type MockDb, type SessionRecord } from './mock-db';

function randomHex(db: MockDb): string {
  return Math.floor(db.prng.next() * 0xffffffff).toString(16).padStart(8, '0');
}

export function createSession(db: MockDb, user: SeedAgent): SessionRecord {
  const record: SessionRecord = {
    // The counter survives a reload (persist-mock-db), so a new id never repeats an old one.
    id: `mock.${user.id}.${nextId(db, 'session')}.${randomHex(db)}`,
    csrf: `csrf.${randomHex(db)}${randomHex(db)}`,
    userId: user.id,
    role: user.role,
    ...newSessionTimes(db.clock()),
  };
  db.sessions.set(record.id, record);
  return record;
}

/** The live session of a cookie value, kept alive by this use; null when unknown, idle or expired. */
export function activeSession(db: MockDb, id: string | null | undefined): SessionRecord | null {
  if (!id) return null;
  const record = db.sessions.get(id);
  const now = db.clock();
  if (!record || sessionStatus(record, now) !== 'live') return null;
  const touched = touchSession(record, now);
  if (touched) db.sessions.set(record.id, touched);
  return touched ?? record;
}

export function endSession(db: MockDb, id: string): void {
  db.sessions.delete(id);
}

/** Expires sessions now (all, or one user's); the next call with their cookie answers 401. Returns how many. */
export function expireSessions(db: MockDb, userId?: string): number {
  const now = db.clock();
  let count = 0;
  for (const record of db.sessions.values()) {
    if (sessionStatus(record, now) !== 'live' || (userId !== undefined && record.userId !== userId)) continue;
    record.expiresAt = now;
    count++;
  }
  return count;
}

/** Users with at least one live session, in sign-in order. */
export function signedInUsers(db: MockDb): SeedAgent[] {
  const now = db.clock();
  const users: SeedAgent[] = [];
  for (const record of db.sessions.values()) {
    const user = db.users.get(record.userId);
    if (user && sessionStatus(record, now) === 'live' && !users.includes(user)) users.push(user);
  }
  return users;
}

/**
 * Mock mode's socket cannot see the HttpOnly cookie (MSW's socket interceptor is not given it), so its
 * `hello` is authenticated by the session's CSRF token, which only the page of that session can read.
 */
export function findSessionByCsrf(csrf: string): { userId: string } | null {
  const db = getMockDb();
  for (const record of db.sessions.values()) {
    if (record.csrf === csrf && sessionStatus(record, db.clock()) === 'live') return { userId: record.userId };
  }
  return null;
}
