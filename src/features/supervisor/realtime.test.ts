import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/contract/schemas/identity';
import type { SupervisorOverview } from '@/contract/schemas/queue';
import { createFakeRealtimeClient } from '@/realtime/fake-realtime-client';
import { supervisorOverviewQueryOptions } from './api/get-supervisor-overview';
import { registerSupervisorRealtime } from './realtime';
import { makeOverview } from './testing/board-fixtures';
import { createFakeFrames, type FakeFrames } from './testing/fake-frames';

const lead: User = { id: 'agt-9001', username: 'wang.fang', displayName: '王芳', role: 'supervisor', skills: ['general'], queueIds: [], workNumber: '869001', extension: '9001', tenant: 'cn', locale: 'zh-CN' };
const { queryKey } = supervisorOverviewQueryOptions();
const since = new Date(60_000).toISOString();

describe('registerSupervisorRealtime', () => {
  let frames: FakeFrames;
  let queryClient: QueryClient;

  beforeEach(() => {
    frames = createFakeFrames();
    vi.stubGlobal('requestAnimationFrame', frames.request);
    vi.stubGlobal('cancelAnimationFrame', frames.cancel);
    queryClient = new QueryClient();
    queryClient.setQueryData(queryKey, makeOverview(50, 5));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('listens only in a team lead’s session', () => {
    const client = createFakeRealtimeClient();
    const off = registerSupervisorRealtime({ client, queryClient, user: { ...lead, role: 'agent' } });
    client.emit({ seq: 1, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0001', status: 'busy', reason: null, since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
    frames.runFrame();
    expect(frames.pending()).toBe(0);
    expect((queryClient.getQueryData(queryKey) as SupervisorOverview).agents[0]!.status).toBe('ready');
    off();
  });

  it('patches the board once per frame, events that came while the batcher loaded included', async () => {
    const client = createFakeRealtimeClient();
    const off = registerSupervisorRealtime({ client, queryClient, user: lead });
    // Sent before the on-demand batcher module has arrived: they wait for it.
    client.emit({ seq: 1, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0001', status: 'busy', reason: null, since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
    await vi.waitFor(() => expect(frames.pending()).toBe(1));
    client.emit({ seq: 2, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0002', status: 'not_ready', reason: 'meal', since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
    const queue = (queryClient.getQueryData(queryKey) as SupervisorOverview).queues[2]!;
    client.emit({ seq: 3, at: since, type: 'queue.stats_updated', queue: { ...queue, waiting: 30 } });
    const write = vi.spyOn(queryClient, 'setQueryData');
    frames.runFrame();
    expect(write).toHaveBeenCalledTimes(1);
    const board = queryClient.getQueryData(queryKey) as SupervisorOverview;
    expect(board.agents[0]).toMatchObject({ status: 'busy', since });
    expect(board.agents[1]).toMatchObject({ status: 'not_ready', reason: 'meal' });
    expect(board.queues[2]!.waiting).toBe(30);

    off();
    client.emit({ seq: 4, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0003', status: 'busy', reason: null, since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
    expect(frames.pending()).toBe(0);
  });
});
