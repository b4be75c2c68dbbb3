/**
 * A token bucket per key (a username for sign-in, a session for writes): `burst` requests at once, refilled
 * at `perSecond`. Pure: the caller stores the bucket. The answer says how long to wait when refused.
 */
export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimitPolicy {
  burst: number;
  perSecond: number;
}

/** Sign-in: 10 tries at once, one more every 6 s per username (the lockout rule is separate). */
export const signInLimit: RateLimitPolicy = { burst: 10, perSecond: 1 / 6 };
/** Writes: a desktop writes rarely; 30 at once, 10 a second per session. */
export const writeLimit: RateLimitPolicy = { burst: 30, perSecond: 10 };

export function takeToken(bucket: Bucket | undefined, policy: RateLimitPolicy, now: number): { bucket: Bucket; allowed: boolean; retryAfterSec: number } {
  const start = bucket ?? { tokens: policy.burst, updatedAt: now };
  const refilled = Math.min(policy.burst, start.tokens + ((now - start.updatedAt) / 1000) * policy.perSecond);
  if (refilled >= 1) return { bucket: { tokens: refilled - 1, updatedAt: now }, allowed: true, retryAfterSec: 0 };
  return { bucket: { tokens: refilled, updatedAt: now }, allowed: false, retryAfterSec: Math.max(1, Math.ceil((1 - refilled) / policy.perSecond)) };
}
