/** How long a session lasts from sign-in. */
export const SESSION_TTL_MS = 8 * 3600 * 1000;

export interface SessionTimes {
  createdAt: number;
  expiresAt: number;
}

export function newSessionTimes(now: number): SessionTimes {
  return { createdAt: now, expiresAt: now + SESSION_TTL_MS };
}

export function isSessionLive(session: SessionTimes | null | undefined, now: number): boolean {
  return !!session && session.expiresAt > now;
}
