import { expect, it } from 'vitest';
import { getAgentState, getMe, listDemoAccounts, login, logout } from '@/contract/endpoints/session';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { expireSessions } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function sessionScenarios(target: () => ContractTarget): void {
  const signInWith = (username: string, password: string) => call(target().anonymous(), login, { body: { username, password } });

  it('signs in a demo user: 12 hours at most, 30 idle minutes, in the language of their profile', async () => {
    const answer = await signInWith('zhang.wei', 'zuoxi123');
    expect(answer.status).toBe(200);
    expect(answer.data.user).toMatchObject({ username: 'zhang.wei', displayName: '张伟', role: 'agent', tenant: 'cn', extension: '1001', locale: 'zh-CN' });
    expect(answer.data.user).not.toHaveProperty('password');
    const hours = (Date.parse(answer.data.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    expect(answer.data.idleTimeoutSec).toBe(1800);
    expect(JSON.stringify(answer.body)).not.toMatch(/zuoxi_session|mock\.agt|password/i);
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie, and gives the page only the CSRF token', async () => {
    const answer = await signInWith('zhang.wei', 'zuoxi123');
    const session = answer.setCookies.find((c) => c.startsWith('zuoxi_session='))!;
    const csrf = answer.setCookies.find((c) => c.startsWith('zuoxi_csrf='))!;
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Strict/i);
    expect(session).toMatch(/; Path=\//i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/; SameSite=Strict/i);
    expect(csrf.split(';')[0]).toBe(`zuoxi_csrf=${answer.data.csrfToken}`);
    // Plain HTTP here: Secure is for TLS.
    expect(session).not.toMatch(/Secure/i);
  });

  it('clears both cookies on sign-out', async () => {
    const agent = await target().signIn('zhang.wei');
    const out = await call(agent, logout);
    expect(out.setCookies.filter((c) => /Max-Age=0/i.test(c)).map((c) => c.split('=')[0]).sort()).toEqual(['zuoxi_csrf', 'zuoxi_session']);
  });

  it('answers 401 invalid_credentials to a wrong password and to an unknown user alike', async () => {
    for (const [username, password] of [['zhang.wei', 'wrong'], ['nobody', 'zuoxi123']] as const) {
      const answer = await signInWith(username, password);
      expect(answer.status).toBe(401);
      expect(answer.error.code).toBe('invalid_credentials');
    }
  });

  it('answers 400 validation_failed, naming the field, to an empty username', async () => {
    const answer = await signInWith('', 'x');
    expect(answer.status).toBe(400);
    expect(answer.error.code).toBe('validation_failed');
    expect(JSON.stringify(answer.error.details)).toContain('username');
  });

  it('locks a username after five failures in a row, even for the right password, and no other', async () => {
    for (let i = 0; i < 5; i++) expect((await signInWith('li.na', 'bad')).status).toBe(401);
    const locked = await signInWith('li.na', 'zuoxi123');
    expect(locked.status).toBe(429);
    expect(locked.error.code).toBe('rate_limited');
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await signInWith('chen.jie', 'zuoxi123')).status).toBe(200);
  });

  it('forgets failures after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await signInWith('li.na', 'bad');
    expect((await signInWith('li.na', 'zuoxi123')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signInWith('li.na', 'bad')).status).toBe(401);
    expect((await signInWith('li.na', 'zuoxi123')).status).toBe(200);
  });

  it('tells who is signed in, and answers 401 once the session expired', async () => {
    const emma = await target().signIn('emma.clark');
    expect((await call(emma, getMe)).data).toMatchObject({ username: 'emma.clark', tenant: 'intl', extension: '1002', locale: 'en' });
    await call(target().anonymous(), expireSessions, { body: {} });
    const expired = await call(emma, getMe);
    expect(expired.status).toBe(401);
    expect(expired.error.code).toBe('unauthorized');
  });

  it('answers 401 to a call without a session', async () => {
    const answer = await call(target().anonymous(), getMe);
    expect(answer.status).toBe(401);
    expect(answer.error.code).toBe('unauthorized');
  });

  it('puts a seat Not ready (no reason) on sign-in and offline on sign-out', async () => {
    const agent = await target().signIn('zhang.wei');
    expect((await call(agent, getAgentState)).data).toMatchObject({ agentId: 'agt-1001', status: 'not_ready', reason: null });
    expect((await call(agent, logout)).data).toEqual({ ok: true });
    expect((await call(agent, getMe)).status).toBe(401);
    const lead = await target().signIn('wang.fang');
    const board = await call(lead, getSupervisorOverview);
    expect(board.data.agents.find((a) => a.agentId === 'agt-1001')).toMatchObject({ status: 'offline' });
  });

  it('keeps a seat in its state while another session of it is still signed in', async () => {
    const first = await target().signIn('zhang.wei');
    const second = await target().signIn('zhang.wei');
    await call(first, logout);
    expect((await call(second, getAgentState)).data.status).toBe('not_ready');
  });

  it('offers the demo accounts to the sign-in page of a demo backend', async () => {
    const answer = await call(target().anonymous(), listDemoAccounts);
    expect(answer.status).toBe(200);
    expect(answer.data.accounts.map((a) => a.username)).toEqual(['zhang.wei', 'li.na', 'wang.fang', 'emma.clark']);
    expect(answer.data.accounts[2]).toEqual({ username: 'wang.fang', displayName: '王芳', role: 'supervisor' });
  });
}
