// The realtime client (src/realtime) against the mock socket server: both ends of the contract at once.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ws } from 'msw';
import { setupServer } from 'msw/node';
import type { ClientFrame } from '@/contract/events';
import {
  dropAllSockets,
  pauseDelivery,
  publish,
  realtimeHandlers,
  resetRealtime,
  resumeDelivery,
  type RealtimeEventInput,
} from '@mocks/core/realtime-server';
import { createRealtimeClient, type RealtimeClient, type RealtimeClientOptions } from '@/realtime/realtime-client';
import { realtimeUrl } from '@/realtime/realtime-url';

vi.mock('@mocks/core/sessions', () => ({
  findSessionByCsrf: (token: string) =>
    ({ 'tok-agent': { userId: 'u-agent', role: 'agent' }, 'tok-super': { userId: 'u-super', role: 'supervisor' } })[token] ??
    null,
}));

const server = setupServer(...realtimeHandlers);
const url = realtimeUrl();

// A second listener on the same socket path: it sees what the client sends and can inject raw frames.
const tap = ws.link(/^wss?:\/\/[^/]+\/api\/events$/);
let hellos: Array<number | null> = [];
let connections = 0;
const tapHandler = tap.addEventListener('connection', ({ client }) => {
  connections += 1;
  client.addEventListener('message', (message) => {
    const frame = JSON.parse(String(message.data)) as ClientFrame;
    if (frame.op === 'hello') hellos.push(frame.lastSeq);
  });
});

function notice(n: number): RealtimeEventInput {
  return { type: 'notice.broadcast', notice: { id: `n${n}`, from: 'ops', text: `notice ${n}`, severity: 'info' } };
}

function injectRaw(data: unknown) {
  for (const client of tap.clients) client.send(typeof data === 'string' ? data : JSON.stringify(data));
}

// Created once: every ws.link adds a listener to a BroadcastChannel that MSW shares between links.
const refusing = ws.link(/^wss?:\/\/[^/]+\/api\/events$/).addEventListener('connection', ({ client }) => client.close(1011, 'down'));
// A server that says ready, then goes silent (it never answers pings).
let silentConnections = 0;
let silentPings = 0;
const silent = ws.link('ws://localhost:3000/ws-silent').addEventListener('connection', ({ client }) => {
  silentConnections += 1;
  client.addEventListener('message', (message) => {
    const frame = JSON.parse(String(message.data)) as ClientFrame;
    if (frame.op === 'hello') client.send(JSON.stringify({ op: 'ready', lastSeq: 0, replayed: 0 }));
    else silentPings += 1;
  });
});

const clients: RealtimeClient[] = [];
function makeClient(overrides: Partial<RealtimeClientOptions> = {}) {
  const client = createRealtimeClient({ url, getCsrfToken: () => 'tok-agent', random: () => 0.5, logger: { warn: vi.fn(), error: vi.fn() }, ...overrides });
  clients.push(client);
  const seqs: number[] = [];
  client.on('notice.broadcast', (event) => seqs.push(event.seq));
  return { client, seqs };
}

async function untilOpen(client: RealtimeClient) {
  await vi.waitFor(() => expect(client.getStatus().state).toBe('open'));
}

/** Lets the socket's queued microtasks and zero-delay work run (real and fake timers alike). */
async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  for (const client of clients.splice(0)) client.disconnect();
  resetRealtime();
  server.resetHandlers();
  vi.useRealTimers();
  hellos = [];
  connections = 0;
  silentConnections = 0;
  silentPings = 0;
});
afterAll(() => server.close());

describe('realtime client against the mock socket', () => {
  it('says hello with no position, then applies events in order', async () => {
    server.use(tapHandler);
    const { client, seqs } = makeClient();
    expect(client.getStatus().state).toBe('closed');
    client.connect();
    expect(client.getStatus().state).toBe('connecting');
    await untilOpen(client);
    expect(hellos).toEqual([null]);
    [1, 2, 3].forEach((n) => publish('u-agent', notice(n)));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3]));
    expect(client.getLastSeq()).toBe(3);
  });

  it('drops events it has already applied', async () => {
    server.use(tapHandler);
    const { client, seqs } = makeClient();
    client.connect();
    await untilOpen(client);
    [1, 2, 3].forEach((n) => publish('u-agent', notice(n)));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3]));
    const again = { ...notice(2), seq: 2, at: new Date().toISOString() };
    injectRaw({ op: 'event', event: again });
    injectRaw({ op: 'event', event: { ...again, seq: 3 } });
    publish('u-agent', notice(4));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3, 4]));
    expect(hellos).toEqual([null]);
  });

  it('after a dropped socket, resumes from the last seq: no gap, no duplicate', async () => {
    server.use(tapHandler);
    const { client, seqs } = makeClient({ backoff: { baseMs: 50, capMs: 1000 } });
    const states: Array<{ state: string; attempt: number }> = [];
    client.subscribeStatus(() => states.push({ state: client.getStatus().state, attempt: client.getStatus().attempt }));
    client.connect();
    await untilOpen(client);
    [1, 2].forEach((n) => publish('u-agent', notice(n)));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2]));

    dropAllSockets();
    [3, 4, 5].forEach((n) => publish('u-agent', notice(n)));
    await untilOpen(client);
    expect(states).toContainEqual({ state: 'reconnecting', attempt: 1 });
    publish('u-agent', notice(6));

    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3, 4, 5, 6]));
    expect(hellos).toEqual([null, 2]);
    expect(client.getStatus().attempt).toBe(0);
  });

  it('resumes when a live event skips a seq', async () => {
    server.use(tapHandler);
    const { client, seqs } = makeClient();
    client.connect();
    await untilOpen(client);
    publish('u-agent', notice(1));
    await vi.waitFor(() => expect(seqs).toEqual([1]));

    pauseDelivery('u-agent');
    [2, 3].forEach((n) => publish('u-agent', notice(n)));
    resumeDelivery('u-agent', { deliverMissed: false });
    publish('u-agent', notice(4));

    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3, 4]));
    expect(hellos).toEqual([null, 1]);
  });

  it('delivers what was held back when delivery resumes', async () => {
    const { client, seqs } = makeClient();
    client.connect();
    await untilOpen(client);
    pauseDelivery('u-agent');
    [1, 2].forEach((n) => publish('u-agent', notice(n)));
    await settle();
    expect(seqs).toEqual([]);
    resumeDelivery('u-agent');
    await vi.waitFor(() => expect(seqs).toEqual([1, 2]));
  });

  it('resyncs when the server buffer no longer reaches back to the last seq', async () => {
    const onResync = vi.fn();
    const registered = vi.fn();
    const { client, seqs } = makeClient({ onResync, backoff: { baseMs: 50, capMs: 1000 } });
    client.onResync(registered);
    client.connect();
    await untilOpen(client);
    publish('u-agent', notice(1));
    await vi.waitFor(() => expect(seqs).toEqual([1]));

    dropAllSockets();
    for (let n = 2; n <= 601; n += 1) publish('u-agent', notice(n));
    await vi.waitFor(() => expect(registered).toHaveBeenCalledWith({ lastSeq: 601 }));
    expect(onResync).toHaveBeenCalledTimes(1);
    expect(registered).toHaveBeenCalledTimes(1);
    expect(seqs).toEqual([1]);
    expect(client.getLastSeq()).toBe(601);

    publish('u-agent', notice(602));
    await vi.waitFor(() => expect(seqs).toEqual([1, 602]));
  });

  it('ignores invalid frames, logging each kind once, and keeps going', async () => {
    server.use(tapHandler);
    const warn = vi.fn();
    const { client, seqs } = makeClient({ logger: { warn, error: vi.fn() } });
    const broken = vi.fn(() => {
      throw new Error('feature bug');
    });
    client.on('notice.broadcast', broken);
    client.connect();
    await untilOpen(client);

    injectRaw('not json');
    injectRaw('not json either');
    injectRaw({ op: 'event', event: { type: 'notice.broadcast', seq: 'x' } });
    injectRaw({ op: 'event', event: { type: 'notice.broadcast', seq: 'y' } });
    injectRaw({ op: 'teleport' });
    await settle();
    [1, 2].forEach((n) => publish('u-agent', notice(n)));

    await vi.waitFor(() => expect(seqs).toEqual([1, 2]));
    expect(warn).toHaveBeenCalledTimes(3);
    expect(broken).toHaveBeenCalledTimes(2);
    expect(client.getStatus().state).toBe('open');
    expect(hellos).toEqual([null]);
  });

  it('counts an event of an unknown type as delivered, so it does not look like a gap', async () => {
    server.use(tapHandler);
    const { client, seqs } = makeClient();
    client.connect();
    await untilOpen(client);
    publish('u-agent', notice(1));
    await vi.waitFor(() => expect(seqs).toEqual([1]));
    injectRaw({ op: 'event', event: { type: 'from.the.future', seq: 2, at: new Date().toISOString() } });
    injectRaw({ op: 'event', event: { ...notice(3), seq: 3, at: new Date().toISOString() } });
    await vi.waitFor(() => expect(seqs).toEqual([1, 3]));
    expect(hellos).toEqual([null]);
  });

  it('stops on 4401 and reports it, without a reconnect loop', async () => {
    server.use(tapHandler);
    const onUnauthorized = vi.fn();
    const { client } = makeClient({ getCsrfToken: () => 'tok-expired', onUnauthorized, random: () => 0 });
    client.connect();
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(client.getStatus()).toMatchObject({ state: 'closed', closedReason: 'unauthorized' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(connections).toBe(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("routes a user's events to that user's sockets only", async () => {
    const agent = makeClient();
    const supervisor = makeClient({ getCsrfToken: () => 'tok-super' });
    const supervisorSeen: string[] = [];
    supervisor.client.on('notice.broadcast', (event) => supervisorSeen.push(event.notice.id));
    agent.client.connect();
    supervisor.client.connect();
    await untilOpen(agent.client);
    await untilOpen(supervisor.client);
    publish('u-super', notice(7));
    await vi.waitFor(() => expect(supervisorSeen).toEqual(['n7']));
    await settle();
    expect(agent.seqs).toEqual([]);
  });

  it('waits while the browser is offline and reconnects at once when it comes back', async () => {
    let online = true;
    const spy = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    try {
      const { client, seqs } = makeClient({ backoff: { baseMs: 60_000, capMs: 60_000 } });
      client.connect();
      await untilOpen(client);
      online = false;
      window.dispatchEvent(new Event('offline'));
      dropAllSockets();
      publish('u-agent', notice(1));
      await vi.waitFor(() => expect(client.getStatus()).toMatchObject({ state: 'offline', nextRetryAt: null }));

      online = true;
      window.dispatchEvent(new Event('online'));
      await untilOpen(client);
      await vi.waitFor(() => expect(seqs).toEqual([1]));
    } finally {
      spy.mockRestore();
    }
  });
});

describe('realtime client when the tab comes back', () => {
  it('skips the back-off wait when the tab becomes visible', async () => {
    const { client, seqs } = makeClient({ backoff: { baseMs: 60_000, capMs: 60_000 } });
    client.connect();
    await untilOpen(client);
    dropAllSockets();
    publish('u-agent', notice(1));
    await vi.waitFor(() => expect(client.getStatus()).toMatchObject({ state: 'reconnecting', attempt: 1 }));
    document.dispatchEvent(new Event('visibilitychange'));
    await untilOpen(client);
    await vi.waitFor(() => expect(seqs).toEqual([1]));
  });

  it('resyncs when the server history restarted below the last seq', async () => {
    const registered = vi.fn();
    const { client, seqs } = makeClient({ backoff: { baseMs: 50, capMs: 50 } });
    client.onResync(registered);
    client.connect();
    await untilOpen(client);
    [1, 2, 3].forEach((n) => publish('u-agent', notice(n)));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3]));
    resetRealtime(); // the server forgets every stream, as a restarted BFF without a durable log would
    publish('u-agent', notice(1));
    await vi.waitFor(() => expect(registered).toHaveBeenCalledWith({ lastSeq: 1 }));
    publish('u-agent', notice(2));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3, 2]));
  });
});

describe('realtime client timing', () => {
  it('backs off exponentially with full jitter between failed attempts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // Every connection is refused as soon as it opens.
    server.use(tapHandler, refusing);
    const draws = [0.5, 0.9, 0.25, 0.75];
    let i = 0;
    const { client } = makeClient({ random: () => draws[i++ % draws.length]! });
    client.connect();

    const expected = [250, 900, 500, 3000]; // draw × min(30 s, 0.5 s × 2^(attempt-1))
    for (const [index, delay] of expected.entries()) {
      await settle();
      const status = client.getStatus();
      expect(status).toMatchObject({ state: 'reconnecting', attempt: index + 1 });
      expect(status.nextRetryAt! - Date.now()).toBe(delay);
      await vi.advanceTimersByTimeAsync(delay - 1);
      await settle();
      expect(connections).toBe(index + 1);
      await vi.advanceTimersByTimeAsync(1);
      await settle();
      expect(connections).toBe(index + 2);
    }
  });

  it('pings every 15 s and reconnects after 40 s of silence', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    server.use(silent);
    const { client } = makeClient({ url: 'ws://localhost:3000/ws-silent', random: () => 0 });
    client.connect();
    await settle();
    expect(client.getStatus().state).toBe('open');

    await vi.advanceTimersByTimeAsync(15_000);
    await settle();
    expect(silentPings).toBe(1);
    await vi.advanceTimersByTimeAsync(15_000);
    await settle();
    expect(silentPings).toBe(2);
    expect(silentConnections).toBe(1);

    await vi.advanceTimersByTimeAsync(9_000);
    await settle();
    expect(silentConnections).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(client.getStatus()).toMatchObject({ state: 'reconnecting', attempt: 1 });
    await vi.advanceTimersByTimeAsync(1); // the retry itself (a zero back-off draw)
    await settle();
    expect(silentConnections).toBe(2);
  });

  it('in a background tab, probes once before calling a silent socket dead', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      server.use(tapHandler);
      const { client } = makeClient({ heartbeatIntervalMs: 60_000 }); // as if the tab's timers were throttled
      client.connect();
      await settle();
      expect(client.getStatus().state).toBe('open');

      await vi.advanceTimersByTimeAsync(40_000);
      await settle(); // the probe's pong arrives
      await vi.advanceTimersByTimeAsync(5_000);
      await settle();
      expect(client.getStatus().state).toBe('open');
      expect(connections).toBe(1);
    } finally {
      hidden.mockRestore();
    }
  });
});
