import { describe, expect, it } from 'vitest';
import { readIvrHeaders } from './read-ivr-headers';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('readIvrHeaders', () => {
  it('reads intent, queue and verified', () => {
    expect(readIvrHeaders(headers({ 'X-Zuoxi-Intent': 'billing', 'X-Zuoxi-Queue': 'q-cn', 'X-Zuoxi-Verified': 'true' }))).toEqual({
      intent: 'billing',
      queueId: 'q-cn',
      verified: true,
    });
  });

  it('treats anything but a clear yes as not verified', () => {
    expect(readIvrHeaders(headers({ 'X-Zuoxi-Verified': 'maybe' }))).toEqual({ intent: null, queueId: null, verified: false });
  });

  it('is null for a call that did not pass the IVR', () => {
    expect(readIvrHeaders(headers({}))).toBeNull();
  });
});
