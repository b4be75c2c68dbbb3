import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { retryDelay } from './query-client';

describe('retry delay', () => {
  it('waits as long as the server asked (Retry-After), within reason', () => {
    const limited = new ApiError({ status: 429, code: 'rate_limited', endpointId: 'x', message: 'slow', retryAfterMs: 3000 });
    expect(retryDelay(0, limited)).toBe(3000);
    expect(retryDelay(0, new ApiError({ status: 503, code: 'server_error', endpointId: 'x', message: 'down', retryAfterMs: 600_000 }))).toBe(30_000);
  });

  it('backs off by itself when the server said nothing', () => {
    const failed = new ApiError({ status: 500, code: 'server_error', endpointId: 'x', message: 'boom' });
    expect([retryDelay(0, failed), retryDelay(1, failed), retryDelay(5, failed)]).toEqual([1000, 2000, 8000]);
  });
});
