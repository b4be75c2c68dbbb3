import { describe, expect, it } from 'vitest';
import { newSessionTimes, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionStatus, touchSession } from './session-rules';

describe('session rules', () => {
  it('ends a session after 30 idle minutes, and activity keeps it going', () => {
    const s = newSessionTimes(0);
    expect(sessionStatus(s, SESSION_IDLE_MS - 1)).toBe('live');
    expect(sessionStatus(s, SESSION_IDLE_MS)).toBe('idle');
    const touched = touchSession(s, 20 * 60_000)!;
    expect(sessionStatus(touched, SESSION_IDLE_MS + 60_000)).toBe('live');
  });

  it('ends a session 12 hours after sign-in however active', () => {
    let s = newSessionTimes(0);
    for (let t = 0; t < SESSION_ABSOLUTE_MS; t += 10 * 60_000) s = touchSession(s, t) ?? s;
    expect(sessionStatus(s, SESSION_ABSOLUTE_MS - 1)).toBe('live');
    expect(sessionStatus(s, SESSION_ABSOLUTE_MS)).toBe('expired');
  });

  it('asks the store to write activity at most once a minute', () => {
    const s = newSessionTimes(0);
    expect(touchSession(s, 59_999)).toBeNull();
    expect(touchSession(s, 60_000)).toMatchObject({ lastSeenAt: 60_000 });
  });
});
