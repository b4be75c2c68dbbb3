import { describe, expect, it } from 'vitest';
import { endpoints } from '@/contract/registry';
import { mockControls } from '@mocks/mock-controls';

describe('scenario controls', () => {
  it('lets subscribers (the dev panel) watch latency and faults', () => {
    mockControls.reset();
    const seen: unknown[] = [];
    const off = mockControls.subscribe((s) => seen.push(s));
    mockControls.setLatency(300);
    mockControls.failEndpoint('session.me', 503, { times: 1 });
    mockControls.respondMalformed('agent.state.get');
    off();
    mockControls.clearFaults();
    expect(seen).toHaveLength(3);
    expect(seen[2]).toEqual({ latencyMs: 300, faults: { 'session.me': { status: 503, remaining: 1 } }, malformed: ['agent.state.get'] });
    expect(mockControls.getState()).toEqual({ latencyMs: 300, faults: {}, malformed: [] });
    expect(() => mockControls.setLatency(-1)).toThrow();
    expect(() => mockControls.failEndpoint('session.me', 404 as 500)).toThrow();
    expect(() => mockControls.failEndpoint('no.such', 500)).toThrow(/No endpoint/);
  });

  it('lists every endpoint of the contract registry but the test controls', () => {
    const ids = mockControls.listEndpoints().map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['session.login', 'session.me', 'agent.state.set', 'supervisor.overview', 'softphone.settings']));
    expect(ids).toHaveLength(endpoints.filter((e) => e.scope !== 'test').length);
    expect(ids.some((id) => id.startsWith('testing.'))).toBe(false);
  });
});
