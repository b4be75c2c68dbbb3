import { expect, it } from 'vitest';
import { getAgentState, setAgentState } from '@/contract/endpoints/session';
import { broadcastNotice } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function agentStateScenarios(target: () => ContractTarget): void {
  it('reads the state and moves Ready → Not ready (break) → after-call work, bumping the version', async () => {
    const agent = await target().signIn('zhang.wei');
    const initial = (await call(agent, getAgentState)).data;
    expect(initial).toMatchObject({ agentId: 'agt-1001', status: 'not_ready' });
    const ready = await call(agent, setAgentState, { body: { status: 'ready' } });
    expect(ready.data).toMatchObject({ status: 'ready', reason: null, version: initial.version + 1 });
    const onBreak = await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'break' } });
    expect(onBreak.data).toMatchObject({ status: 'not_ready', reason: 'break', version: initial.version + 2 });
    const acw = await call(agent, setAgentState, { body: { status: 'after_call_work', reason: null } });
    expect(acw.data).toMatchObject({ status: 'after_call_work', reason: null, version: initial.version + 3 });
    expect((await call(agent, getAgentState)).data).toEqual(acw.data);
  });

  it('does not restart the timer when the same state is sent again', async () => {
    const agent = await target().signIn('zhang.wei');
    const first = await call(agent, setAgentState, { body: { status: 'ready' } });
    const again = await call(agent, setAgentState, { body: { status: 'ready' } });
    expect(again.data).toEqual(first.data);
  });

  it('accepts a reasonless not_ready, and refuses a reason with ready or a status the agent cannot pick', async () => {
    const agent = await target().signIn('zhang.wei');
    const noReason = await call(agent, setAgentState, { body: { status: 'not_ready' } });
    expect(noReason.data).toMatchObject({ status: 'not_ready', reason: null });
    const stray = await call(agent, setAgentState, { body: { status: 'ready', reason: 'meal' } });
    expect([stray.status, stray.error.code]).toEqual([422, 'invalid_reason']);
    const busy = await call(agent, setAgentState, { body: { status: 'busy' as 'ready' } });
    expect([busy.status, busy.error.code]).toEqual([400, 'validation_failed']);
  });

  it('answers a stale If-Match with 409 state_conflict carrying the current state', async () => {
    const agent = await target().signIn('zhang.wei');
    const current = (await call(agent, getAgentState)).data;
    const moved = await call(agent, setAgentState, { body: { status: 'ready' }, headers: { 'If-Match': String(current.version) } });
    expect(moved.status).toBe(200);
    const stale = await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'meal' }, headers: { 'If-Match': String(current.version) } });
    expect(stale.status).toBe(409);
    expect(stale.error.code).toBe('state_conflict');
    expect(stale.error.details).toEqual({ current: moved.data });
  });

  it('applies a repeated Idempotency-Key once and answers the first result again', async () => {
    const agent = await target().signIn('zhang.wei');
    const headers = { 'Idempotency-Key': 'contract-k1' };
    const first = await call(agent, setAgentState, { body: { status: 'ready' }, headers });
    await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'meal' } });
    const replay = await call(agent, setAgentState, { body: { status: 'ready' }, headers });
    expect(replay.data).toEqual(first.data);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await call(agent, getAgentState)).data).toMatchObject({ status: 'not_ready', reason: 'meal' });
  });

  it("does not replay one agent's key for another", async () => {
    const headers = { 'Idempotency-Key': 'shared-key' };
    const zhang = await target().signIn('zhang.wei');
    const emma = await target().signIn('emma.clark');
    await call(zhang, setAgentState, { body: { status: 'ready' }, headers });
    const other = await call(emma, setAgentState, { body: { status: 'not_ready', reason: 'training' }, headers });
    expect(other.data).toMatchObject({ agentId: 'agt-1002', status: 'not_ready', reason: 'training' });
  });

  it('publishes a change to the seat and to its own centre’s team leads only', async () => {
    const lead = await target().signIn('wang.fang');
    const intlLead = await target().signIn('james.lee');
    const agent = await target().signIn('zhang.wei');
    const agentSocket = await agent.openSocket();
    const leadSocket = await lead.openSocket();
    const intlSocket = await intlLead.openSocket();
    try {
      await call(agent, setAgentState, { body: { status: 'ready' } });
      expect(await agentSocket.next('agent.state_changed', (e) => e.state.status === 'ready')).toMatchObject({ state: { agentId: 'agt-1001' } });
      await leadSocket.next('agent.state_changed', (e) => e.state.agentId === 'agt-1001' && e.state.status === 'ready');
      const queue = await leadSocket.next('queue.stats_updated', (e) => e.queue.queueId === 'q-cn-general');
      expect(queue.queue.agentsReady).toBeGreaterThan(0);
      // The intl lead hears nothing of the cn floor: a notice sent after proves its stream is live and caught up.
      await call(target().anonymous(), broadcastNotice, { body: { text: 'marker' } });
      await intlSocket.next('notice.broadcast', (e) => e.notice.text === 'marker');
      expect(intlSocket.events.some((e) => e.type === 'agent.state_changed' && e.state.agentId === 'agt-1001')).toBe(false);
    } finally {
      agentSocket.close();
      leadSocket.close();
      intlSocket.close();
    }
  });
}
