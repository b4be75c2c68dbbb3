import { expect, it } from 'vitest';
import { getAgentState, getMe } from '@/contract/endpoints/session';
import { clearFaults, failEndpoint, getScenario, respondMalformed, setLatency } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function faultScenarios(target: () => ContractTarget): void {
  const control = () => target().anonymous();

  it('fails an endpoint with 503 and Retry-After a given number of times, then answers again', async () => {
    const agent = await target().signIn('zhang.wei');
    const scenario = await call(control(), failEndpoint, { body: { endpointId: 'session.me', status: 503, times: 1 } });
    expect(scenario.data.faults['session.me']).toEqual({ status: 503, remaining: 1 });
    const failed = await call(agent, getMe);
    expect([failed.status, failed.error.code, failed.headers.get('Retry-After')]).toEqual([503, 'server_error', '1']);
    expect((await call(agent, getMe)).status).toBe(200);
  });

  it('answers 429 rate_limited with Retry-After until the faults are cleared', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(control(), failEndpoint, { body: { endpointId: 'agent.state.get', status: 429 } });
    for (let i = 0; i < 2; i++) {
      const limited = await call(agent, getAgentState);
      expect([limited.status, limited.error.code]).toEqual([429, 'rate_limited']);
      expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    }
    expect((await call(control(), clearFaults)).data).toEqual({ latencyMs: 0, faults: {}, malformed: [] });
    expect((await call(agent, getAgentState)).status).toBe(200);
  });

  it('answers once outside the contract after respondMalformed', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(control(), respondMalformed, { body: { endpointId: 'agent.state.get' } });
    const malformed = await agent.request('GET', getAgentState.path);
    expect(malformed.status).toBe(200);
    expect(getAgentState.response.safeParse(malformed.body).success).toBe(false);
    expect((await call(agent, getAgentState)).status).toBe(200);
  });

  it('adds the scenario latency to every answer', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(control(), setLatency, { body: { ms: 150 } });
    expect((await call(control(), getScenario)).data.latencyMs).toBe(150);
    const started = performance.now();
    await call(agent, getMe);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers 404 for a fault on an endpoint that does not exist', async () => {
    const answer = await call(control(), failEndpoint, { body: { endpointId: 'no.such', status: 500 } });
    expect([answer.status, answer.error.code]).toEqual([404, 'not_found']);
  });
}
