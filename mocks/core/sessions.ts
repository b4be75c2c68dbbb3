import { isSessionLive, newSessionTimes } from '@/domain/session-rules';
import { getMockDb, nextId, type MockDb, type SessionRecord } from './mock-db';
import type { SeedAgent } from '@mocks/seed/types';

export function createSession(db: MockDb, user: SeedAgent): SessionRecord {
  const suffix = Math.floor(db.prng.next() * 0xffffffff).toString(16).padStart(8, '0');
  const record: SessionRecord = {
    // The counter survives a reload (persist-mock-db), so a new token never repeats an old one.
    token: `mock.${user.id}.${nextId(db, 'session')}.${suffix}`,
    userId: user.id,
    role: user.role,
    ...newSessionTimes(db.clock()),
  };
  db.sessions.set(record.token, record);
  return record;
}

/** The live session of a token, or null when unknown or expired. */
export function activeSession(db: MockDb, token: string | null | undefined): SessionRecord | null {
  if (!token) return null;
  const record = db.sessions.get(token);
  return record && isSessionLive(record, db.clock()) ? record : null;
}

export function endSession(db: MockDb, token: string): void {
  db.sessions.delete(token);
}

/** Expires sessions now (all, or one user's); the next call with their token answers 401. Returns how many. */
export function expireSessions(db: MockDb, userId?: string): number {
  const now = db.clock();
  let count = 0;
  for (const record of db.sessions.values()) {
    if (!isSessionLive(record, now) || (userId !== undefined && record.userId !== userId)) continue;
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
    if (user && isSessionLive(record, now) && !users.includes(user)) users.push(user);
  }
  return users;
}

/** The realtime server authenticates `hello` frames with this. */
export function findSessionByToken(token: string): { userId: string } | null {
  const record = activeSession(getMockDb(), token);
  return record ? { userId: record.userId } : null;
}
