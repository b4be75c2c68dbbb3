import type { Role } from '@/contract/schemas/identity';
import type { SeedAgent } from '@mocks/seed/types';
import { getMockDb, nextId, type MockDb, type SessionRecord } from './mock-db';

export const SESSION_TTL_MS = 8 * 3600 * 1000;

export function createSession(db: MockDb, user: SeedAgent): SessionRecord {
  const now = db.clock();
  const suffix = Math.floor(db.prng.next() * 0xffffffff).toString(16).padStart(8, '0');
  const record: SessionRecord = {
    // The counter survives a reload (persist-mock-db), so a new token never repeats an old one.
    token: `mock.${user.id}.${nextId(db, 'session')}.${suffix}`,
    userId: user.id,
    role: user.role,
    createdAt: now,
    expiresAt: now + SESSION_TTL_MS,
  };
  db.sessions.set(record.token, record);
  return record;
}

/** The live session of a token, or null when unknown or expired. */
export function activeSession(db: MockDb, token: string | null | undefined): SessionRecord | null {
  if (!token) return null;
  const record = db.sessions.get(token);
  if (!record || record.expiresAt <= db.clock()) return null;
  return record;
}

/** The realtime server authenticates `hello` frames with this. */
export function findSessionByToken(token: string): { userId: string; role: Role } | null {
  const record = activeSession(getMockDb(), token);
  return record ? { userId: record.userId, role: record.role } : null;
}

export function endSession(db: MockDb, token: string): void {
  db.sessions.delete(token);
}

/** Expires sessions now (all, or one user's); the next call with their token answers 401. Returns how many. */
export function expireSessions(db: MockDb, userId?: string): number {
  const now = db.clock();
  let count = 0;
  for (const record of db.sessions.values()) {
    if (record.expiresAt <= now || (userId !== undefined && record.userId !== userId)) continue;
    record.expiresAt = now;
    count++;
  }
  return count;
}

/** Users with at least one live session, in login order. */
export function signedInUserIds(db: MockDb): string[] {
  const now = db.clock();
  const ids: string[] = [];
  for (const record of db.sessions.values()) {
    if (record.expiresAt > now && !ids.includes(record.userId)) ids.push(record.userId);
  }
  return ids;
}
