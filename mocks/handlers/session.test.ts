import { describe, expect, it } from 'vitest';
import { Session, User } from '@/contract/schemas/identity';
import { getMockDb } from '@mocks/db/mock-db';
import { mockControls } from '@mocks/scenario/mock-controls';
import { bearer, signIn, useMockServer } from '@mocks/lib/use-mock-server';

function login(username: string, password: string) {
  return fetch('/api/session/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

describe('session handlers', () => {
  useMockServer();

  it('signs in a demo user with a session of about eight hours', async () => {
    const response = await login('zhang.wei', 'zuoxi123');
    expect(response.status).toBe(200);
    const session = Session.parse(await response.json());
    expect(session.user).toMatchObject({ username: 'zhang.wei', displayName: '张伟', role: 'agent', tenant: 'cn', extension: '1001' });
    expect(session.user).not.toHaveProperty('password');
    const hours = (Date.parse(session.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
  });

  it('answers 401 invalid_credentials to a wrong password or an unknown user', async () => {
    for (const [u, p] of [['zhang.wei', 'wrong'], ['nobody', 'zuoxi123']] as const) {
      const response = await login(u, p);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'invalid_credentials' });
    }
  });

  it('answers 422 to an empty username', async () => {
    const response = await login('', 'x');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('locks a username after five failures in a row, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('li.na', 'bad')).status).toBe(401);
    const locked = await login('li.na', 'zuoxi123');
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await login('chen.jie', 'zuoxi123')).status).toBe(200);
  });

  it('forgets failures after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await login('li.na', 'bad');
    expect((await login('li.na', 'zuoxi123')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('li.na', 'bad')).status).toBe(401);
    expect((await login('li.na', 'zuoxi123')).status).toBe(200);
  });

  it('returns the user from /me and 401 once the session expired', async () => {
    const token = await signIn('emma.clark');
    const me = await fetch('/api/session/me', { headers: bearer(token) });
    expect(User.parse(await me.json())).toMatchObject({ username: 'emma.clark', tenant: 'intl', extension: '1002' });
    mockControls.expireSession();
    const expired = await fetch('/api/session/me', { headers: bearer(token) });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('puts a seat Not ready on sign-in and offline on sign-out', async () => {
    const token = await signIn('zhang.wei');
    const db = getMockDb();
    expect(db.agentStates.get('agt-1001')).toMatchObject({ status: 'not_ready', reason: null, version: 2 });
    const out = await fetch('/api/session/logout', { method: 'POST', headers: bearer(token) });
    expect(await out.json()).toEqual({ ok: true });
    expect(db.agentStates.get('agt-1001')?.status).toBe('offline');
    expect((await fetch('/api/session/me', { headers: bearer(token) })).status).toBe(401);
  });
});
