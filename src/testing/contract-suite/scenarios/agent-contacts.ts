import { expect, it } from 'vitest';
import { endContact, getAgentState, setAgentState, startContact } from '@/contract/endpoints/session';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { setQueuePolicy } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

/** The desktop reports calls; the server runs the seat's state: Busy, after-call work, back. */
export function agentContactScenarios(target: () => ContractTarget): void {
  const call1 = { contactId: 'call-1', channel: 'voice' as const, queueId: 'q-cn-general' };

  it('is Busy during a call, as the team lead sees it, and in after-call work after it', async () => {
    const agent = await target().signIn('zhang.wei');
    const lead = await target().signIn('wang.fang');
    const board = await lead.openSocket();
    try {
      await call(agent, setAgentState, { body: { status: 'ready' } });
      const busy = await call(agent, startContact, { body: call1 });
      expect(busy.data).toMatchObject({ status: 'busy', contacts: ['call-1'] });
      await board.next('agent.state_changed', (e) => e.state.agentId === 'agt-1001' && e.state.status === 'busy');
      const lead1 = await call(lead, getSupervisorOverview);
      expect(lead1.data.agents.find((a) => a.agentId === 'agt-1001')?.status).toBe('busy');
      const acw = await call(agent, endContact, { params: { contactId: 'call-1' } });
      expect(acw.data).toMatchObject({ status: 'after_call_work', contacts: [] });
      expect(Date.parse(acw.data.acwEndsAt!) - Date.now()).toBeGreaterThan(20_000);
      await board.next('agent.state_changed', (e) => e.state.agentId === 'agt-1001' && e.state.status === 'after_call_work');
    } finally {
      board.close();
    }
  });

  it("ends after-call work by itself at the queue's time, back to Ready", async () => {
    await call(target().anonymous(), setQueuePolicy, { params: { queueId: 'q-cn-general' }, body: { acwSeconds: 1 } });
    const agent = await target().signIn('zhang.wei');
    const socket = await agent.openSocket();
    try {
      await call(agent, setAgentState, { body: { status: 'ready' } });
      await call(agent, startContact, { body: call1 });
      await call(agent, endContact, { params: { contactId: 'call-1' } });
      const back = await socket.next('agent.state_changed', (e) => e.state.status === 'ready' && e.state.version > 3, 8000);
      expect(back.state).toMatchObject({ status: 'ready', acwEndsAt: null });
    } finally {
      socket.close();
    }
  });

  it('keeps Not ready asked during a call for after it', async () => {
    await call(target().anonymous(), setQueuePolicy, { params: { queueId: 'q-cn-general' }, body: { acwSeconds: 0 } });
    const agent = await target().signIn('zhang.wei');
    await call(agent, setAgentState, { body: { status: 'ready' } });
    await call(agent, startContact, { body: call1 });
    const asked = await call(agent, setAgentState, { body: { status: 'not_ready', reason: 'break' } });
    expect(asked.data).toMatchObject({ status: 'busy', pending: { status: 'not_ready', reason: 'break' } });
    const after = await call(agent, endContact, { params: { contactId: 'call-1' } });
    expect(after.data).toMatchObject({ status: 'not_ready', reason: 'break' });
  });

  it('answers 409 with the current state to after-call work asked during a call', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(agent, setAgentState, { body: { status: 'ready' } });
    const busy = await call(agent, startContact, { body: call1 });
    const refused = await call(agent, setAgentState, { body: { status: 'after_call_work' } });
    expect([refused.status, refused.error.code]).toEqual([409, 'state_conflict']);
    expect(refused.error.details).toEqual({ current: busy.data });
  });

  it('takes a reported contact once, and ignores the end of one it does not have', async () => {
    const agent = await target().signIn('zhang.wei');
    const first = await call(agent, startContact, { body: call1 });
    expect((await call(agent, startContact, { body: call1 })).data).toEqual(first.data);
    expect((await call(agent, endContact, { params: { contactId: 'nope' } })).data).toEqual(first.data);
    expect((await call(agent, getAgentState)).data.contacts).toEqual(['call-1']);
  });
}
