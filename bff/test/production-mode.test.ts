// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@/contract/endpoints/audit';
import { getAgentState, getMe, listDemoAccounts, setAgentState } from '@/contract/endpoints/session';
import { getSipSettings } from '@/contract/endpoints/softphone';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { getHealth } from '@/contract/endpoints/system';
import { endpoints } from '@/contract/registry';
import { buildPath } from '@/contract/core/endpoint';
import { readConfig } from '../config';
import type { RunningBff } from '../server/start-bff';
import { openSocketAs, requestAs, signInRaw } from './support/clients';
import { startTestBff } from './start-test-bff';

// ZUOXI_MODE=production: the test controls and the sign-in page's demo accounts do not exist.
let bff: RunningBff;
beforeAll(async () => {
  const { mode } = readConfig({ ZUOXI_MODE: 'production' });
  expect(mode).toBe('production');
  // Seeded on purpose: a production store starts empty, but this test needs people to sign in.
  bff = await startTestBff({ mode, instance: 'bff-production' }, { seedDemo: true });
}, 120_000);
afterAll(async () => {
  await bff?.close();
});

/** Bodies a test mode would accept, so a refusal cannot be a validation error in disguise. */
const plausibleBodies: Record<string, unknown> = {
  'testing.reset': {},
  'testing.contact.offer': { channel: 'voice', from: '13800000000' },
  'testing.sockets.drop': {},
  'testing.latency': { ms: 3000 },
  'testing.faults.add': { endpointId: 'system.health', status: 500 },
  'testing.faults.malformed': { endpointId: 'system.health' },
  'testing.sessions.expire': {},
  'testing.notices.broadcast': { text: 'from a test control' },
  'testing.queues.surge': { waiting: 50 },
  'testing.queues.policy': { acwSeconds: 1 },
  'testing.conversations.inbound': { channel: 'chat', from: 'web:visitor', text: 'hello' },
  'testing.conversations.customer_message': { text: 'hello' },
  'testing.conversations.customer_typing': { typing: true },
  'testing.conversations.policy': { offerTimeoutSec: 1 },
};

describe('production mode', () => {
  it('starts an empty production store empty: no demo users, whose password is published', async () => {
    const empty = await startTestBff({ mode: 'production', instance: 'bff-production-empty' });
    try {
      const answer = await fetch(`${empty.url}/api/session/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'zhang.wei', password: 'zuoxi123' }) });
      expect(answer.status).toBe(401);
    } finally {
      await empty.close();
    }
  });

  it('answers 404 to every test control, signed in or not, and applies none of them', async () => {
    const admin = await signInRaw(bff.url, 'zhou.min');
    const controls = endpoints.filter((e) => e.scope === 'test');
    expect(controls.length).toBeGreaterThan(5);
    for (const endpoint of controls) {
      const path = buildPath(endpoint.path, { queueId: 'q-cn-general', conversationId: 'cv-000001' });
      for (const session of [null, admin]) {
        const body = endpoint.method === 'GET' ? undefined : (plausibleBodies[endpoint.id] ?? {});
        if (endpoint.body) expect(endpoint.body.safeParse(body).success, `a body ${endpoint.id} accepts in test mode`).toBe(true);
        const answer = await requestAs(bff.url, session, endpoint.method, path, { body });
        expect(answer.status, `${endpoint.method} ${path} (${session ? 'signed in' : 'anonymous'})`).toBe(404);
        expect(await answer.json()).toMatchObject({ code: 'not_found' });
      }
    }
    expect((await requestAs(bff.url, null, 'GET', '/api/test/anything-else')).status).toBe(404);
    // Nothing took effect: the admin is still signed in (no reset, no expiry) and health answers (no fault).
    expect((await requestAs(bff.url, admin, getMe.method, getMe.path)).status).toBe(200);
    expect((await requestAs(bff.url, null, getHealth.method, getHealth.path)).status).toBe(200);
  });

  it('offers no demo accounts', async () => {
    const answer = await requestAs(bff.url, null, listDemoAccounts.method, listDemoAccounts.path);
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ code: 'not_found' });
  });

  it('does everything else: sign-in, state, phone settings, the board, the audit, the socket, the documents', async () => {
    const lead = await signInRaw(bff.url, 'wang.fang');
    const agent = await signInRaw(bff.url, 'zhang.wei');
    const admin = await signInRaw(bff.url, 'zhou.min');
    const socket = await openSocketAs(bff.url, lead, { op: 'hello', csrf: lead.csrf, lastSeq: null });
    try {
      expect(socket.frames.at(-1)).toMatchObject({ op: 'ready' });
      const changed = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'ready' } });
      expect(changed.status).toBe(200);
      await socket.next('agent.state_changed', (e) => e.state.agentId === agent.userId && e.state.status === 'ready');
      expect((await requestAs(bff.url, agent, getAgentState.method, getAgentState.path)).status).toBe(200);
      expect((await requestAs(bff.url, agent, getSipSettings.method, getSipSettings.path)).status).toBe(200);
      expect((await requestAs(bff.url, lead, getSupervisorOverview.method, getSupervisorOverview.path)).status).toBe(200);
      expect((await requestAs(bff.url, admin, listAudit.method, listAudit.path)).status).toBe(200);
      expect((await requestAs(bff.url, null, 'GET', '/api/openapi.json')).status).toBe(200);
      expect((await requestAs(bff.url, null, 'GET', '/api/events.schema.json')).status).toBe(200);
    } finally {
      socket.close();
    }
  });
});
