import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay';

describe('backoffDelay', () => {
  it('doubles from 0.5 s up to the 30 s cap', () => {
    const top = () => 0.999_999;
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => Math.round(backoffDelay(attempt, top) / 100) * 100);
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('draws uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(4, () => 0)).toBe(0);
    expect(backoffDelay(4, () => 0.5)).toBe(2000);
    expect(backoffDelay(4, () => 0.25)).toBe(1000);
    const seen = new Set(Array.from({ length: 50 }, () => backoffDelay(6, Math.random)));
    expect(seen.size).toBeGreaterThan(40);
    for (const delay of seen) expect(delay).toBeLessThan(16_000);
  });
});
