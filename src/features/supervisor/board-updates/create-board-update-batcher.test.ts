import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgentStatus } from '@/contract/schemas/agent-state';
import type { QueueStats, SupervisorOverview } from '@/contract/schemas/queue';
import { supervisorOverviewQueryOptions } from '../api/get-supervisor-overview';
import { makeOverview } from '../testing/board-fixtures';
import { createFakeFrames, type FakeFrames } from '../testing/fake-frames';
import type { BoardPaintProbe } from './board-paint-probe';
import { createBoardUpdateBatcher, type BoardEvent } from './create-board-update-batcher';

const { queryKey } = supervisorOverviewQueryOptions();
let seq = 0;

function stateChanged(agentId: string, status: AgentStatus, since: string): BoardEvent {
  return { seq: ++seq, at: new Date(1000).toISOString(), type: 'agent.state_changed', state: { agentId, status, reason: null, since, version: seq, contacts: [], pending: null, acwEndsAt: null } };
}

function statsUpdated(queue: QueueStats): BoardEvent {
  return { seq: ++seq, at: new Date(1000).toISOString(), type: 'queue.stats_updated', queue };
}

const board = (client: QueryClient) => client.getQueryData(queryKey) as SupervisorOverview;
const later = new Date(60_000).toISOString();

describe('board update batcher', () => {
  let client: QueryClient;
  let frames: FakeFrames;

  beforeEach(() => {
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(queryKey, makeOverview(1000, 200));
    frames = createFakeFrames();
  });

  it('applies a frame of events with one cache write, at the frame', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    const write = vi.spyOn(client, 'setQueryData');
    const before = board(client);
    for (let i = 1; i <= 300; i++) batcher.receive(stateChanged(`agt-${String(i).padStart(4, '0')}`, 'busy', later));
    batcher.receive(statsUpdated({ ...before.queues[7]!, waiting: 42 }));

    expect(write).not.toHaveBeenCalled();
    expect(frames.pending()).toBe(1);
    frames.runFrame();

    expect(write).toHaveBeenCalledTimes(1);
    const after = board(client);
    expect(after.agents.slice(0, 300).every((a) => a.status === 'busy' && a.since === later)).toBe(true);
    expect(after.queues[7]!.waiting).toBe(42);
    expect(frames.pending()).toBe(0);
  });

  it('patches rows in place: order kept, untouched rows keep their identity', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    const before = board(client);
    batcher.receive(stateChanged('agt-0500', 'not_ready', later));
    frames.runFrame();
    const after = board(client);
    expect(after.agents).not.toBe(before.agents);
    expect(after.agents.map((a) => a.agentId)).toEqual(before.agents.map((a) => a.agentId));
    expect(after.agents[499]).toMatchObject({ agentId: 'agt-0500', status: 'not_ready' });
    expect(after.agents.filter((a, i) => a !== before.agents[i])).toHaveLength(1);
    // Only seat changes came in: the queues are the very same array.
    expect(after.queues).toBe(before.queues);
  });

  it('keeps the latest event per seat within a frame', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    batcher.receive(stateChanged('agt-0001', 'busy', new Date(10_000).toISOString()));
    batcher.receive(stateChanged('agt-0001', 'after_call_work', new Date(20_000).toISOString()));
    frames.runFrame();
    expect(board(client).agents[0]).toMatchObject({ status: 'after_call_work', since: new Date(20_000).toISOString() });
  });

  it('never lets an older state overwrite a newer row (a snapshot fetched after the event)', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    batcher.receive(stateChanged('agt-0001', 'busy', later));
    frames.runFrame();
    const before = board(client);
    batcher.receive(stateChanged('agt-0001', 'offline', new Date(30_000).toISOString()));
    frames.runFrame();
    expect(board(client)).toBe(before);
  });

  it('ignores seats and queues the board does not show', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    const before = board(client);
    batcher.receive(stateChanged('agt-elsewhere', 'busy', later));
    batcher.receive(statsUpdated({ ...before.queues[0]!, queueId: 'q-elsewhere' }));
    frames.runFrame();
    expect(board(client)).toBe(before);
  });

  it('lays the seats’ latest states over a fetched snapshot, unless the snapshot is newer', async () => {
    const empty = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const batcher = createBoardUpdateBatcher(empty, frames, null);
    // No board yet: nothing to patch.
    batcher.receive(stateChanged('agt-0001', 'busy', later));
    batcher.receive(stateChanged('agt-0002', 'busy', new Date(5_000).toISOString()));
    frames.runFrame();
    expect(empty.getQueryData(queryKey)).toBeUndefined();

    // The snapshot was read before the first event and after the second.
    const snapshot = makeOverview(10, 2);
    snapshot.agents[1] = { ...snapshot.agents[1]!, status: 'offline', since: new Date(9_000).toISOString() };
    await empty.fetchQuery({ queryKey, queryFn: () => Promise.resolve(snapshot) });
    expect(frames.pending()).toBe(1);
    frames.runFrame();
    expect(board(empty).agents[0]).toMatchObject({ agentId: 'agt-0001', status: 'busy', since: later });
    expect(board(empty).agents[1]).toMatchObject({ agentId: 'agt-0002', status: 'offline' });

    // After a resync the snapshot alone is the truth.
    batcher.forget();
    await empty.fetchQuery({ queryKey, queryFn: () => Promise.resolve(makeOverview(10, 2)), staleTime: 0 });
    frames.runFrame();
    expect(board(empty).agents[0]!.status).toBe('ready');
    batcher.dispose();
  });

  it('stops on dispose: the pending frame is cancelled and nothing is applied', () => {
    const batcher = createBoardUpdateBatcher(client, frames, null);
    const before = board(client);
    batcher.receive(stateChanged('agt-0001', 'busy', later));
    batcher.dispose();
    expect(frames.pending()).toBe(0);
    expect(board(client)).toBe(before);
  });

  it('tells the bench probe which events each write applied', () => {
    const probe: BoardPaintProbe = { applied: vi.fn(), committed: vi.fn() };
    const batcher = createBoardUpdateBatcher(client, frames, probe);
    batcher.receive(stateChanged('agt-0001', 'busy', later));
    batcher.receive(statsUpdated({ ...board(client).queues[3]!, waiting: 9 }));
    frames.runFrame();
    expect(probe.applied).toHaveBeenCalledWith([
      { at: 1000, kind: 'agent', id: 'agt-0001' },
      { at: 1000, kind: 'queue', id: 'q-004' },
    ]);
  });
});
