import { describe, expect, it } from 'vitest';
import { AgentState } from '@/contract/schemas/agent-state';
import { openTestSocket } from '@mocks/lib/open-test-socket';
import { bearer, signIn, useMockServer } from '@mocks/lib/use-mock-server';

function put(token: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch('/api/agent/state', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...bearer(token), ...headers },
    body: JSON.stringify(body),
  });
}

describe('agent state handlers', () => {
  useMockServer();

  it('reads the state and moves Ready → Not ready (break) → after-call work, bumping the version', async () => {
    const token = await signIn('zhang.wei');
    const initial = AgentState.parse(await (await fetch('/api/agent/state', { headers: bearer(token) })).json());
    expect(initial).toMatchObject({ agentId: 'agt-1001', status: 'not_ready' });

    const ready = AgentState.parse(await (await put(token, { status: 'ready' })).json());
    expect(ready).toMatchObject({ status: 'ready', reason: null, version: initial.version + 1 });
    const onBreak = AgentState.parse(await (await put(token, { status: 'not_ready', reason: 'break' })).json());
    expect(onBreak).toMatchObject({ status: 'not_ready', reason: 'break', version: initial.version + 2 });
    const acw = AgentState.parse(await (await put(token, { status: 'after_call_work', reason: null })).json());
    expect(acw).toMatchObject({ status: 'after_call_work', reason: null, version: initial.version + 3 });
  });

  it('does not restart the timer when the same state is sent again', async () => {
    const token = await signIn('zhang.wei');
    const first = AgentState.parse(await (await put(token, { status: 'ready' })).json());
    const again = AgentState.parse(await (await put(token, { status: 'ready' })).json());
    expect(again).toEqual(first);
  });

  it('accepts a reasonless not_ready (the desktop restoring a seat) and refuses a reason with ready', async () => {
    const token = await signIn('zhang.wei');
    const noReason = await put(token, { status: 'not_ready' });
    expect(noReason.status).toBe(200);
    expect(await noReason.json()).toMatchObject({ status: 'not_ready', reason: null });
    const stray = await put(token, { status: 'ready', reason: 'meal' });
    expect(stray.status).toBe(422);
    expect(await stray.json()).toMatchObject({ code: 'invalid_reason' });
    const unknown = await put(token, { status: 'busy' });
    expect(unknown.status).toBe(422);
  });

  it('answers 409 state_conflict to a stale If-Match version', async () => {
    const token = await signIn('zhang.wei');
    const current = AgentState.parse(await (await fetch('/api/agent/state', { headers: bearer(token) })).json());
    expect((await put(token, { status: 'ready' }, { 'If-Match': String(current.version) })).status).toBe(200);
    const stale = await put(token, { status: 'not_ready', reason: 'meal' }, { 'If-Match': String(current.version) });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'state_conflict' });
  });

  it('publishes the change to the seat and to its centre’s supervisors', async () => {
    const supervisorToken = await signIn('wang.fang');
    const intlSupervisorToken = await signIn('james.lee');
    const agentToken = await signIn('zhang.wei');
    const agentSocket = await openTestSocket(agentToken);
    const supervisorSocket = await openTestSocket(supervisorToken);
    const intlSocket = await openTestSocket(intlSupervisorToken);
    try {
      await put(agentToken, { status: 'ready' });
      const own = await agentSocket.next('agent.state_changed');
      expect(own).toMatchObject({ type: 'agent.state_changed', state: { agentId: 'agt-1001', status: 'ready' } });
      await supervisorSocket.next('queue.stats_updated');
      const presence = supervisorSocket.events.filter((e) => e.type === 'agent.state_changed');
      expect(presence.at(-1)).toMatchObject({ state: { agentId: 'agt-1001', status: 'ready' } });
      const queue = supervisorSocket.events.filter((e) => e.type === 'queue.stats_updated').at(-1);
      expect(queue).toMatchObject({ queue: { queueId: 'q-cn-general' } });
      expect(intlSocket.events.some((e) => e.type === 'agent.state_changed' && e.state.agentId === 'agt-1001')).toBe(false);
    } finally {
      agentSocket.close();
      supervisorSocket.close();
      intlSocket.close();
    }
  });
});
