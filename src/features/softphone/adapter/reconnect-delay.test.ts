import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles per attempt between half and full of the exponential step', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 0)).toBe(2000);
    expect(reconnectDelay(3, () => 1)).toBe(4000);
  });

  it('never exceeds the ceiling however long the outage', () => {
    expect(reconnectDelay(50, () => 1)).toBe(15000);
    expect(reconnectDelay(50, () => 0)).toBe(7500);
  });

  it('spreads seats that lost the proxy at the same moment', () => {
    const delays = new Set([0.1, 0.4, 0.7, 0.9].map((r) => reconnectDelay(2, () => r)));
    expect(delays.size).toBe(4);
  });
});
