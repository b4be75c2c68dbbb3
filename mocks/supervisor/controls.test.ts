import { afterEach, describe, expect, it, vi } from 'vitest';
import { REALTIME_PATH, type RealtimeEvent, type ServerFrame } from '@/contract/events';
import type { SupervisorOverview } from '@/contract/schemas/queue';
import { asSession, signIn, useMockServer, type TestSession } from '@/testing/use-mock-server';
import { openTestSocket } from '@/testing/open-test-socket';
import { getMockDb } from '@mocks/core/mock-db';
import { mockControls } from '@mocks/mock-controls';

async function overview(token: TestSession): Promise<SupervisorOverview> {
  const response = await fetch('/api/supervisor/overview', { headers: asSession(token) });
  expect(response.status).toBe(200);
  return (await response.json()) as SupervisorOverview;
}

/** Says hello after `lastSeq` as a reconnecting desktop would, and answers the server's first frame. */
async function resume(token: TestSession, lastSeq: number): Promise<ServerFrame> {
  const socket = new WebSocket(`ws://${location.host}${REALTIME_PATH}`);
  try {
    return await new Promise<ServerFrame>((resolve) => {
      socket.addEventListener('open', () => socket.send(JSON.stringify({ op: 'hello', csrf: token.csrf, lastSeq })));
      socket.addEventListener('message', (message: MessageEvent) => resolve(JSON.parse(String(message.data)) as ServerFrame));
    });
  } finally {
    socket.close();
  }
}

describe('supervisor controls at centre scale', () => {
  useMockServer();

  afterEach(() => {
    mockControls.stopFloorTraffic();
    vi.useRealTimers();
  });

  it('loads a centre of 1,000 seats and 200 queues for the signed-in lead, keeping who is signed in', async () => {
    const lead = await signIn('wang.fang');
    await signIn('zhang.wei');
    const intlLead = await signIn('james.lee');
    const intlBefore = await overview(intlLead);
    const socket = await openTestSocket(lead);
    // Where the lead's desktop stands: it was sent the stream up to here.
    const lastSeq = getMockDb().streams.get('agt-9001')!.seq;

    expect(mockControls.loadCentre({ agents: 1000, queues: 200 })).toEqual({ tenant: 'cn', agents: 1000, queues: 200 });

    const board = await overview(lead);
    expect(board.agents).toHaveLength(1000);
    expect(board.queues).toHaveLength(200);
    expect(new Set(board.agents.map((a) => a.agentId)).size).toBe(1000);
    // Team leads and signed-in seats keep theirs; the seed's queues stay, so contacts still route.
    expect(board.agents.map((a) => a.extension)).toEqual(expect.arrayContaining(['9001', '9003', '1001']));
    expect(board.agents.map((a) => a.extension)).not.toContain('1003');
    expect(board.queues.map((q) => q.queueId)).toContain('q-cn-general');
    expect(board.queues.filter((q) => q.name === board.queues[20]!.name)).toHaveLength(1);
    // The other centre is untouched.
    expect(await overview(intlLead)).toEqual(intlBefore);
    // The lead's desktop is told to refetch: its history can no longer be replayed.
    expect(await resume(lead, lastSeq)).toMatchObject({ op: 'resync' });
    socket.close();

    mockControls.reset();
    expect((await overview(await signIn('wang.fang'))).agents).toHaveLength(36);
  });

  it('needs a team lead signed in (or a centre named)', async () => {
    await signIn('zhang.wei');
    expect(() => mockControls.loadCentre()).toThrow(/No team lead is signed in/);
    expect(mockControls.loadCentre({ agents: 120, queues: 30, tenant: 'intl' })).toEqual({ tenant: 'intl', agents: 120, queues: 30 });
    expect(() => mockControls.loadCentre({ agents: -1 })).toThrow(/agents must be/);
  });

  it('runs floor traffic at the asked rate, each event a real change in the db, and stops by itself', async () => {
    const lead = await signIn('wang.fang');
    await signIn('zhang.wei');
    mockControls.loadCentre({ agents: 300, queues: 40 });
    const db = getMockDb();
    const seqBefore = db.streams.get('agt-9001')?.seq ?? 0;
    const zhangBefore = db.agentStates.get('agt-1001');
    vi.useFakeTimers();

    const started = mockControls.startFloorTraffic({ eventsPerSecond: 500, durationMs: 2000 });
    expect(started).toMatchObject({ running: true, tenant: 'cn', eventsPerSecond: 500, published: 0 });
    vi.advanceTimersByTime(1000);
    const midway = mockControls.floorTraffic();
    // Each change is a seat event plus its queue's new figures.
    expect(midway.published).toBeGreaterThanOrEqual(490);
    expect(midway.published).toBeLessThanOrEqual(510);
    expect(midway.published).toBe(midway.changes * 2);
    expect(db.streams.get('agt-9001')!.seq - seqBefore).toBe(midway.published);

    // What the lead was told is what the db holds.
    const kept = db.streams.get('agt-9001')!.kept as RealtimeEvent[];
    const lastStates = new Map<string, unknown>();
    for (const event of kept) if (event.type === 'agent.state_changed') lastStates.set(event.state.agentId, event.state);
    expect(lastStates.size).toBeGreaterThan(20);
    for (const [agentId, state] of lastStates) expect(db.agentStates.get(agentId)).toEqual(state);
    // A seat in use is never moved under its agent.
    expect(db.agentStates.get('agt-1001')).toBe(zhangBefore);

    vi.advanceTimersByTime(1500);
    const done = mockControls.floorTraffic();
    expect(done.running).toBe(false);
    expect(done.until! - done.startedAt!).toBe(2000);
    expect(done.published).toBeGreaterThanOrEqual(990);
    expect(lead).toBeTruthy();
  });
});
