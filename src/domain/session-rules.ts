/** A session ends 12 h after sign-in whatever happens, or after 30 min without a request. */
export const SESSION_ABSOLUTE_MS = 12 * 3600 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;

export interface SessionTimes {
  createdAt: number;
  /** The absolute end. */
  expiresAt: number;
  /** The last request (or socket activity) of the session. */
  lastSeenAt: number;
}

export function newSessionTimes(now: number): SessionTimes {
  return { createdAt: now, expiresAt: now + SESSION_ABSOLUTE_MS, lastSeenAt: now };
}

export type SessionStatus = 'live' | 'idle' | 'expired';

/** Whether a session still opens the door: expired at its absolute end, idle after 30 quiet minutes. */
export function sessionStatus(session: SessionTimes, now: number): SessionStatus {
  if (session.expiresAt <= now) return 'expired';
  if (session.lastSeenAt + SESSION_IDLE_MS <= now) return 'idle';
  return 'live';
}

export function isSessionLive(session: SessionTimes | null | undefined, now: number): boolean {
  return !!session && sessionStatus(session, now) === 'live';
}

/**
 * Activity keeps a session alive. Stores write `lastSeenAt` only when it moved by a minute or more, so a
 * busy desktop does not write on every request.
 */
export function touchSession<T extends SessionTimes>(session: T, now: number): T | null {
  return now - session.lastSeenAt >= 60_000 ? { ...session, lastSeenAt: now } : null;
}
