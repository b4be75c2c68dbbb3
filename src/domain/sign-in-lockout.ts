import { DomainError } from './domain-error';

/** Five wrong passwords in a row lock the username for five minutes (the right password included). */
export const MAX_SIGN_IN_FAILURES = 5;
export const SIGN_IN_LOCK_MS = 5 * 60 * 1000;

export interface SignInFailures {
  count: number;
  /** Epoch ms; 0 while not locked. */
  lockedUntil: number;
}

/** Throws `rate_limited` (with the seconds left) while the username is locked. */
export function assertNotLocked(failures: SignInFailures | undefined, now: number): void {
  if (!failures || failures.lockedUntil <= now) return;
  const retryAfterSec = Math.ceil((failures.lockedUntil - now) / 1000);
  throw new DomainError('rate_limited', 'Too many failed sign-ins; try again later', { details: { retryAfterSec }, retryAfterSec });
}

/**
 * The record after one more failure. Unknown usernames count too, so the answer never tells which
 * usernames exist. A lock that has run out starts the count again.
 */
export function afterSignInFailure(failures: SignInFailures | undefined, now: number): SignInFailures {
  const count = (failures && failures.lockedUntil === 0 ? failures.count : 0) + 1;
  return { count, lockedUntil: count >= MAX_SIGN_IN_FAILURES ? now + SIGN_IN_LOCK_MS : 0 };
}
