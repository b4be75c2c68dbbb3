// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { contractHeaders } from '@/contract/core/headers';
import { getAgentState, login, setAgentState } from '@/contract/endpoints/session';
import { getHealth } from '@/contract/endpoints/system';
import { AgentState } from '@/contract/schemas/agent-state';
import type { RealtimeEvent } from '@/contract/events';
import type { RunningBff } from '../server/start-bff';
import { consecutiveFrom, openSocketAs, requestAs, seqsOf, signInRaw, socketUrl, type RawSession } from './support/clients';
import { findPostgresBin, startPostgresServer, type PostgresServer } from './support/postgres-server';
import { waitFor } from './support/wait';
import { startTestBff } from './start-test-bff';

// PostgreSQL going away and coming back (a restart, a failover) while the BFF runs: only meaningful on a
// real server, so this runs in the PostgreSQL pass (TEST_DATABASE_URL set by scripts/with-postgres.mjs),
// on a cluster of its own so that stopping it cannot disturb other test files.
const onPostgres = !!process.env.TEST_DATABASE_URL;
const bin = onPostgres ? findPostgresBin() : null;
if (onPostgres && !bin) throw new Error('TEST_DATABASE_URL is set but no PostgreSQL binaries were found (ZUOXI_PG_BIN)');

/** Opens a socket and says hello; answers how it ended and what it was sent. */
function helloOutcome(baseUrl: string, session: RawSession): Promise<{ code: number; frames: unknown[] }> {
  const ws = new WebSocket(socketUrl(baseUrl), { headers: { Origin: new URL(baseUrl).origin, Cookie: session.cookie } });
  const frames: unknown[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data))));
  ws.on('open', () => ws.send(JSON.stringify({ op: 'hello', csrf: session.csrf, lastSeq: null })));
  return new Promise((resolve, reject) => {
    ws.on('close', (code) => resolve({ code, frames }));
    ws.on('error', reject);
  });
}

function stateChanges(events: readonly RealtimeEvent[], agentId: string): AgentState[] {
  return events.flatMap((e) => (e.type === 'agent.state_changed' && e.state.agentId === agentId ? [e.state] : []));
}

describe.skipIf(!onPostgres)('the database unavailable for a while', () => {
  let postgres: PostgresServer;
  let bff: RunningBff;

  beforeAll(async () => {
    postgres = await startPostgresServer(bin!);
    bff = await startTestBff({ databaseUrl: postgres.url, instance: 'bff-outage' });
  }, 120_000);

  afterAll(async () => {
    await bff?.close();
    await postgres?.destroy();
  }, 60_000);

  it('answers 503 with Retry-After while it is down, recovers by itself, and applies a write retried across it once', async () => {
    const lead = await signInRaw(bff.url, 'wang.fang');
    const agent = await signInRaw(bff.url, 'zhang.wei');
    const leadSocket = await openSocketAs(bff.url, lead, { op: 'hello', csrf: lead.csrf, lastSeq: null });
    try {
      const ready = leadSocket.frames.find((f) => f.op === 'ready');
      const startSeq = ready?.op === 'ready' ? ready.lastSeq : -1;
      // One write answered before the outage, whose retry will come during it and after it.
      const answeredKey = { [contractHeaders.idempotencyKey]: 'before-the-outage' };
      const answered = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'not_ready', reason: 'meeting' }, headers: answeredKey });
      expect(answered.status).toBe(200);
      const answeredState = AgentState.parse(await answered.json());

      await postgres.stop();

      // Every kind of request: 503 with Retry-After, never a crash or a misleading 401.
      const retriedKey = { [contractHeaders.idempotencyKey]: 'across-the-outage' };
      const during: [string, Promise<Response>][] = [
        ['health', requestAs(bff.url, null, getHealth.method, getHealth.path)],
        ['a read', requestAs(bff.url, agent, getAgentState.method, getAgentState.path)],
        ['a write', requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'ready' }, headers: retriedKey })],
        ['a retry of an answered write', requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'not_ready', reason: 'meeting' }, headers: answeredKey })],
        ['a sign-in', requestAs(bff.url, null, login.method, login.path, { body: { username: 'li.na', password: 'zuoxi123' } })],
      ];
      for (const [what, pending] of during) {
        const response = await pending;
        expect(response.status, what).toBe(503);
        expect(Number(response.headers.get(contractHeaders.retryAfter)), what).toBeGreaterThanOrEqual(1);
        expect(await response.json(), what).toMatchObject({ code: 'server_error' });
      }
      // A socket cannot start (its hello needs the session): closed as a server error, to be retried.
      const refused = await helloOutcome(bff.url, agent);
      expect(refused.code).toBe(1011);
      expect(refused.frames).toEqual([]);

      await postgres.start();
      // No restart of the BFF: its pool connects again on the next request.
      await waitFor('the BFF to answer again', async () => (await requestAs(bff.url, null, getHealth.method, getHealth.path)).status === 200, 60_000);

      // The write retried after the outage is applied; retried again, it is replayed, not re-applied.
      const applied = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'ready' }, headers: retriedKey });
      expect(applied.status).toBe(200);
      const appliedState = AgentState.parse(await applied.json());
      expect(appliedState).toMatchObject({ status: 'ready', version: answeredState.version + 1 });
      const replayed = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'ready' }, headers: retriedKey });
      expect(replayed.headers.get(contractHeaders.idempotentReplayed)).toBe('true');
      expect(AgentState.parse(await replayed.json())).toEqual(appliedState);
      // The write answered before the outage still answers as it did then.
      const answeredAgain = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'not_ready', reason: 'meeting' }, headers: answeredKey });
      expect(answeredAgain.headers.get(contractHeaders.idempotentReplayed)).toBe('true');
      expect(AgentState.parse(await answeredAgain.json())).toEqual(answeredState);

      // The lead's socket lived through it; a last change marks the end of what it should have seen.
      const last = AgentState.parse(await (await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: { status: 'not_ready', reason: 'break' } })).json());
      await leadSocket.next('agent.state_changed', (e) => e.state.version === last.version, 30_000);
      expect(seqsOf(leadSocket.events)).toEqual(consecutiveFrom(startSeq + 1, leadSocket.events.length));
      expect(stateChanges(leadSocket.events, agent.userId).map((s) => [s.status, s.version])).toEqual([
        ['not_ready', answeredState.version],
        ['ready', appliedState.version],
        ['not_ready', last.version],
      ]);
      const again = await openSocketAs(bff.url, agent, { op: 'hello', csrf: agent.csrf, lastSeq: null });
      again.close();
      expect(again.frames.at(-1)).toMatchObject({ op: 'ready' });
    } finally {
      leadSocket.close();
    }
  }, 180_000);
});
