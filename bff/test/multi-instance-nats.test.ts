// @vitest-environment node
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHealth } from '@/contract/endpoints/system';
import { setAgentState } from '@/contract/endpoints/session';
import { AgentState, type AgentStateChange } from '@/contract/schemas/agent-state';
import type { RealtimeEvent } from '@/contract/events';
import type { BusMessage } from '../realtime/event-bus';
import type { RunningBff } from '../server/start-bff';
import { openStore, type Store } from '../store/open-store';
import { consecutiveFrom, openSocketAs, requestAs, seqsOf, signInRaw, type RawSession } from './support/clients';
import { natsServerOrSkip, startNatsServer, type NatsServer } from './support/nats-server';
import { waitFor } from './support/wait';
import { freshTestDatabaseUrl, startTestBff } from './start-test-bff';

// Several instances behind a load balancer: one store (PostgreSQL when TEST_DATABASE_URL is set, else one
// PGlite shared in this process), NATS between them. A team lead's socket is on B; the agent works on A.
const natsBinary = natsServerOrSkip();

const changes: AgentStateChange[] = [
  { status: 'ready' },
  { status: 'not_ready', reason: 'break' },
  { status: 'ready' },
  { status: 'not_ready', reason: 'meal' },
  { status: 'ready' },
  { status: 'not_ready', reason: 'training' },
];

async function changeState(bff: RunningBff, agent: RawSession, change: AgentStateChange): Promise<AgentState> {
  const response = await requestAs(bff.url, agent, setAgentState.method, setAgentState.path, { body: change });
  expect(response.status, `${setAgentState.id} through ${bff.deps.config.instance}`).toBe(200);
  return AgentState.parse(await response.json());
}

function agentStates(events: readonly RealtimeEvent[], agentId: string): AgentState[] {
  return events.flatMap((e) => (e.type === 'agent.state_changed' && e.state.agentId === agentId ? [e.state] : []));
}

describe.skipIf(!natsBinary)(`two BFF instances over NATS, one ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'} store`, () => {
  let nats: NatsServer;
  let store: Store | undefined;
  let a: RunningBff;
  let b: RunningBff;
  let observer: NatsConnection;
  const onTheWire: BusMessage[] = [];

  beforeAll(async () => {
    nats = await startNatsServer(natsBinary!);
    const databaseUrl = await freshTestDatabaseUrl();
    if (!databaseUrl) store = await openStore({ dataDir: 'memory://' });
    a = await startTestBff({ natsUrl: nats.url, instance: 'bff-a', databaseUrl }, { store });
    b = await startTestBff({ natsUrl: nats.url, instance: 'bff-b', databaseUrl }, { store });
    // What the instances tell each other, as NATS carries it.
    observer = await connect({ servers: nats.url, name: 'observer' });
    const decoder = new TextDecoder();
    observer.subscribe('zuoxi.bus', {
      callback: (_error, msg) => {
        onTheWire.push(JSON.parse(decoder.decode(msg.data)) as BusMessage);
      },
    });
    await observer.flush();
  }, 120_000);

  afterAll(async () => {
    await observer?.close();
    await a?.close();
    await b?.close();
    await store?.close();
    await nats?.stop();
  }, 60_000);

  it('a team lead on B sees each change an agent makes through A: once, in order, over NATS', async () => {
    const lead = await signInRaw(b.url, 'wang.fang');
    const socket = await openSocketAs(b.url, lead, { op: 'hello', csrf: lead.csrf, lastSeq: null });
    try {
      const ready = socket.frames.find((f) => f.op === 'ready');
      const startSeq = ready?.op === 'ready' ? ready.lastSeq : -1;
      const agent = await signInRaw(a.url, 'zhang.wei');

      // Quickly, one after the other, without waiting for any event in between.
      const applied: AgentState[] = [];
      for (const change of changes) applied.push(await changeState(a, agent, change));
      const last = applied.at(-1)!;
      await socket.until((frames) => frames.some((f) => f.op === 'event' && f.event.type === 'agent.state_changed' && f.event.state.version === last.version), 30_000);

      expect(seqsOf(socket.events)).toEqual(consecutiveFrom(startSeq + 1, socket.events.length));
      const seen = agentStates(socket.events, agent.userId);
      expect(seen.slice(-changes.length).map((s) => [s.status, s.reason])).toEqual(applied.map((s) => [s.status, s.reason]));
      expect(new Set(seen.map((s) => s.version)).size).toBe(seen.length);
      // A told B through NATS (B's own catch-up from the store is only the safety net).
      const carried = () => {
        const forLead = onTheWire.flatMap((m) => (m.kind === 'events' ? m.items.filter((i) => i.userId === lead.userId) : []));
        const versions = new Set(agentStates(forLead.map((i) => i.event), agent.userId).map((s) => s.version));
        return applied.every((s) => versions.has(s.version));
      };
      await waitFor('NATS to have carried every change to the lead', carried);
    } finally {
      socket.close();
    }
  }, 90_000);

  it('NATS restarting loses nothing: the lead on B gets every change made through A meanwhile, once, in order', async () => {
    const lead = await signInRaw(b.url, 'wang.fang');
    const agent = await signInRaw(a.url, 'zhang.wei');
    const socket = await openSocketAs(b.url, lead, { op: 'hello', csrf: lead.csrf, lastSeq: null });
    try {
      const ready = socket.frames.find((f) => f.op === 'ready');
      const startSeq = ready?.op === 'ready' ? ready.lastSeq : -1;

      await nats.kill();
      const applied: AgentState[] = [];
      for (const change of changes) applied.push(await changeState(a, agent, change));
      // Both instances keep answering while the bus is down.
      for (const bff of [a, b]) {
        const health = await requestAs(bff.url, null, getHealth.method, getHealth.path);
        expect(health.status).toBe(200);
      }

      await nats.start();
      const last = applied.at(-1)!;
      await socket.until((frames) => frames.some((f) => f.op === 'event' && f.event.type === 'agent.state_changed' && f.event.state.version === last.version), 60_000);
      expect(seqsOf(socket.events)).toEqual(consecutiveFrom(startSeq + 1, socket.events.length));
      expect(agentStates(socket.events, agent.userId).map((s) => [s.status, s.reason, s.version])).toEqual(applied.map((s) => [s.status, s.reason, s.version]));

      // Both instances are back on the bus, and live delivery goes on from where it was.
      await waitFor('both instances reconnected to NATS', async () => {
        const names = await nats.clientNames();
        return names.includes('bff-a') && names.includes('bff-b');
      });
      const after = await changeState(a, agent, { status: 'ready' });
      await socket.until((frames) => frames.some((f) => f.op === 'event' && f.event.type === 'agent.state_changed' && f.event.state.version === after.version), 30_000);
      expect(seqsOf(socket.events)).toEqual(consecutiveFrom(startSeq + 1, socket.events.length));
    } finally {
      socket.close();
    }
  }, 150_000);
});
