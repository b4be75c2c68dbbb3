import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/contract/schemas/identity';
import type { SupervisorOverview } from '@/contract/schemas/queue';
import { i18n } from '@/lib/i18n';
import { createFakeRealtimeClient } from '@/realtime/fake-realtime-client';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { supervisorOverviewQueryOptions } from '../api/get-supervisor-overview';
import { registerSupervisorRealtime } from '../realtime';
import { makeOverview } from '../testing/board-fixtures';
import { createFakeFrames, type FakeFrames } from '../testing/fake-frames';
import { SupervisorDashboard } from './supervisor-dashboard';

const lead: User = { id: 'agt-9001', username: 'wang.fang', displayName: '王芳', role: 'supervisor', skills: ['general'], queueIds: [], workNumber: '869001', extension: '9001', tenant: 'cn', locale: 'zh-CN' };

// The board as a team lead sees it, fed by realtime events through the real registration and batcher.
describe('SupervisorDashboard, live', () => {
  let frames: FakeFrames;
  let restoreSizes: () => void;

  beforeEach(async () => {
    await i18n.changeLanguage('en');
    frames = createFakeFrames();
    vi.stubGlobal('requestAnimationFrame', frames.request);
    vi.stubGlobal('cancelAnimationFrame', frames.cancel);
    restoreSizes = mockElementSizes({ viewport: 300, row: 31 });
  });

  afterEach(() => {
    restoreSizes();
    vi.unstubAllGlobals();
  });

  it('patches the rows an event names, and renders only those rows again', async () => {
    const queryClient = new QueryClient();
    const overview: SupervisorOverview = makeOverview(1000, 200);
    queryClient.setQueryData(supervisorOverviewQueryOptions().queryKey, overview);
    const client = createFakeRealtimeClient();
    const off = registerSupervisorRealtime({ client, queryClient, user: lead });
    const renders = new Map<string, number>();
    const renderPhoneNumber = (n: string) => {
      renders.set(n, (renders.get(n) ?? 0) + 1);
      return n;
    };
    render(
      <QueryClientProvider client={queryClient}>
        <SupervisorDashboard renderPhoneNumber={renderPhoneNumber} />
      </QueryClientProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Agents (1000)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Queues (200)' })).toBeInTheDocument();
    // Worst queue first.
    const queues = screen.getByRole('table', { name: 'Live queues' });
    expect(within(queues).getAllByRole('row')[1]).toHaveAccessibleName(/^Queue 200/);
    const before = new Map(renders);

    const since = new Date().toISOString();
    act(() => {
      client.emit({ seq: 1, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0002', status: 'not_ready', reason: 'meal', since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
      // A seat far out of view, and a queue surge that moves a queue to the top.
      client.emit({ seq: 2, at: since, type: 'agent.state_changed', state: { agentId: 'agt-0900', status: 'busy', reason: null, since, version: 2, contacts: [], pending: null, acwEndsAt: null } });
      client.emit({ seq: 3, at: since, type: 'queue.stats_updated', queue: { ...overview.queues[4]!, waiting: 40, longestWaitSec: 900 } });
    });
    await vi.waitFor(() => expect(frames.pending()).toBe(1));
    // Nothing shows before the frame.
    expect(screen.getByRole('row', { name: /Seat 0002/ })).toHaveTextContent('Ready');
    await act(async () => {
      frames.runFrame();
      // TanStack Query tells observers on a zero timeout.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

    expect(screen.getByRole('row', { name: /Seat 0002/ })).toHaveTextContent('Not ready · Meal');
    expect(within(queues).getAllByRole('row')[1]).toHaveAccessibleName(/^Queue 005 Frontline 40 15:00/);
    // Only the changed seat's row rendered again; agt-0900 is not rendered at all.
    const again = [...renders].filter(([n, count]) => count !== before.get(n)).map(([n]) => n);
    expect(again).toEqual(['30002']);
    expect(renders.has('30900')).toBe(false);
    off();
  });
});
