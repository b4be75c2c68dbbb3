import { expect, it } from 'vitest';
import { listAudit } from '@/contract/endpoints/audit';
import { login, setAgentState } from '@/contract/endpoints/session';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function auditScenarios(target: () => ContractTarget): void {
  it('records sign-in, failed sign-in, state changes and sign-out for the centre’s team lead, newest first', async () => {
    await call(target().anonymous(), login, { body: { username: 'zhang.wei', password: 'wrong' } });
    const agent = await target().signIn('zhang.wei');
    await call(agent, setAgentState, { body: { status: 'ready' } });
    await agent.request('POST', '/api/session/logout');
    const lead = await target().signIn('wang.fang');
    const log = await call(lead, listAudit, { query: { actorId: 'agt-1001' } });
    expect(log.data.items.map((e) => e.action)).toEqual(['sign_out', 'agent_state_changed', 'sign_in', 'sign_in_failed']);
    expect(log.data.items[1]).toMatchObject({ actorName: '张伟', tenant: 'cn', details: { from: { status: 'not_ready' }, to: { status: 'ready' } } });
    const times = log.data.items.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by action, and pages with a cursor to the end', async () => {
    for (const username of ['zhang.wei', 'li.na', 'chen.jie']) await target().signIn(username);
    const lead = await target().signIn('wang.fang');
    const first = await call(lead, listAudit, { query: { action: 'sign_in', limit: 2 } });
    expect(first.data.items).toHaveLength(2);
    expect(first.data.items.every((e) => e.action === 'sign_in')).toBe(true);
    expect(first.data.nextCursor).not.toBeNull();
    const second = await call(lead, listAudit, { query: { action: 'sign_in', limit: 2, cursor: first.data.nextCursor! } });
    expect(second.data.items.map((e) => e.actorName)).toEqual(['李娜', '张伟']);
    expect(second.data.nextCursor).toBeNull();
  });

  it('shows a team lead only their own centre, and an agent nothing', async () => {
    await target().signIn('emma.clark');
    const lead = await target().signIn('wang.fang');
    const cn = await call(lead, listAudit, { query: {} });
    expect(cn.data.items.some((e) => e.actorName === 'Emma Clark')).toBe(false);
    const intl = await call(await target().signIn('james.lee'), listAudit, { query: {} });
    expect(intl.data.items.some((e) => e.actorName === 'Emma Clark')).toBe(true);
    const refused = await call(await target().signIn('zhang.wei'), listAudit, { query: {} });
    expect([refused.status, refused.error.code]).toEqual([403, 'forbidden']);
  });
}
