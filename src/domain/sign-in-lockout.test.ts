import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { afterSignInFailure, assertNotLocked, MAX_SIGN_IN_FAILURES, SIGN_IN_LOCK_MS } from './sign-in-lockout';

describe('sign-in lockout', () => {
  it('locks on the fifth failure in a row, for five minutes', () => {
    let failures = undefined as ReturnType<typeof afterSignInFailure> | undefined;
    for (let i = 1; i < MAX_SIGN_IN_FAILURES; i++) {
      failures = afterSignInFailure(failures, 1000);
      expect(failures).toEqual({ count: i, lockedUntil: 0 });
      expect(() => assertNotLocked(failures, 1000)).not.toThrow();
    }
    failures = afterSignInFailure(failures, 1000);
    expect(failures.lockedUntil).toBe(1000 + SIGN_IN_LOCK_MS);
    const error = (() => {
      try {
        assertNotLocked(failures, 1000 + 60_000);
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSec).toBe(240);
  });

  it('unlocks when the time is up, and counts afresh after a lock', () => {
    const locked = { count: 5, lockedUntil: 5000 };
    expect(() => assertNotLocked(locked, 5000)).not.toThrow();
    expect(afterSignInFailure(locked, 6000)).toEqual({ count: 1, lockedUntil: 0 });
  });
});
