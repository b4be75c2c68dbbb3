import { expect, it } from 'vitest';
import { getAgentState, login, setAgentState } from '@/contract/endpoints/session';
import { getHealth } from '@/contract/endpoints/system';
import { listAudit } from '@/contract/endpoints/audit';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

/** Bad input and forged requests: a clear answer, nothing applied. */
export function requestHygieneScenarios(target: () => ContractTarget): void {
  it('refuses a write without the session’s CSRF token, or with a forged one, and applies nothing', async () => {
    const agent = await target().signIn('zhang.wei');
    for (const token of ['', 'forged-token']) {
      const refused = await call(agent, setAgentState, { body: { status: 'ready' }, headers: { 'X-CSRF-Token': token } });
      expect([refused.status, refused.error.code]).toEqual([403, 'csrf_failed']);
    }
    expect((await call(agent, getAgentState)).data.status).toBe('not_ready');
    expect((await call(agent, setAgentState, { body: { status: 'ready' } })).status).toBe(200);
  });

  it('answers 400 naming the field to wrong types and unknown fields', async () => {
    const agent = await target().signIn('zhang.wei');
    const wrongType = await agent.request('PUT', setAgentState.path, { body: { status: 42 } });
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.body)).toContain('status');
    const unknownField = await agent.request('PUT', setAgentState.path, { body: { status: 'ready', admin: true } });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body)).toContain('admin');
  });

  it('answers 400 to malformed JSON', async () => {
    const agent = await target().signIn('zhang.wei');
    const answer = await agent.request('PUT', setAgentState.path, { rawBody: '{"status": "ready"' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'validation_failed' });
  });

  it('answers 413 to an oversized body', async () => {
    const answer = await target().anonymous().request('POST', login.path, { rawBody: JSON.stringify({ username: 'x'.repeat(200_000), password: 'y' }) });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'payload_too_large' });
  });

  it('keeps SQL-looking input as plain text: refused as a wrong sign-in, recorded verbatim', async () => {
    const sly = "zhang.wei' OR '1'='1'; DROP TABLE users; --";
    const answer = await call(target().anonymous(), login, { body: { username: sly, password: "' OR 1=1 --" } });
    expect([answer.status, answer.error.code]).toEqual([401, 'invalid_credentials']);
    const admin = await target().signIn('zhou.min');
    const failed = await call(admin, listAudit, { query: { action: 'sign_in_failed' } });
    expect(failed.data.items.map((e) => e.actorName)).toContain(sly);
    // And everything still works.
    expect((await call(await target().signIn('zhang.wei'), getAgentState)).status).toBe(200);
  });

  it('limits a session’s writes, answering 429 with Retry-After', async () => {
    const agent = await target().signIn('zhang.wei');
    // All at once, as a runaway page would: one after another they could be refilled as fast as a loaded
    // machine answers them (the bucket refills 10 a second), and the limit would never be met.
    const answers = await Promise.all(Array.from({ length: 120 }, () => call(agent, setAgentState, { body: { status: 'not_ready', reason: 'break' } })));
    const limited = answers.find((answer) => answer.status === 429);
    for (const answer of answers) expect([200, 429]).toContain(answer.status);
    expect(limited?.error.code).toBe('rate_limited');
    expect(Number(limited?.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('says it is up', async () => {
    expect((await call(target().anonymous(), getHealth)).data.ok).toBe(true);
  });
}
