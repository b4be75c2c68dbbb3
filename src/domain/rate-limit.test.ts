import { describe, expect, it } from 'vitest';
import { takeToken, type Bucket } from './rate-limit';

describe('rate limit', () => {
  it('allows a burst, then refuses with how long to wait, then refills', () => {
    const policy = { burst: 3, perSecond: 1 };
    let bucket: Bucket | undefined;
    for (let i = 0; i < 3; i++) {
      const r = takeToken(bucket, policy, 0);
      expect(r.allowed).toBe(true);
      bucket = r.bucket;
    }
    const refused = takeToken(bucket, policy, 0);
    expect(refused).toMatchObject({ allowed: false, retryAfterSec: 1 });
    expect(takeToken(refused.bucket, policy, 1000).allowed).toBe(true);
  });
});
