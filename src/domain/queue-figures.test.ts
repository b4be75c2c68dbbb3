import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import { queueStats, withWaitingConversations, type QueueRecord } from './queue-figures';
import type { ScopedUser } from './tenant-scope';

const queue: QueueRecord = { queueId: 'q1', tenant: 'cn', name: '热线', skill: 'general', tier: 'frontline', slaSeconds: 20, acwSeconds: 30, stats: { waiting: 4, longestWaitSec: 30, serviceLevel: 0.9, abandonedToday: 2 } };
const seat = (id: string, role: ScopedUser['role'], status: AgentState['status'], queueIds = ['q1']) => ({
  user: { id, role, tenant: 'cn' as const, queueIds },
  state: { agentId: id, status, reason: null, since: '', version: 1, contacts: [], pending: null, acwEndsAt: null },
});

describe('queue figures', () => {
  it('counts ready and busy members who take contacts, and keeps the traffic figures', () => {
    const stats = queueStats(queue, [
      seat('a', 'agent', 'ready'),
      seat('b', 'agent', 'busy'),
      seat('c', 'expert', 'after_call_work'),
      seat('d', 'agent', 'not_ready'),
      seat('e', 'agent', 'ready', ['q2']),
      seat('s', 'supervisor', 'ready'),
    ]);
    expect(stats).toEqual({ queueId: 'q1', name: '热线', skill: 'general', tier: 'frontline', waiting: 4, longestWaitSec: 30, agentsReady: 1, agentsBusy: 2, serviceLevel: 0.9, abandonedToday: 2 });
  });

  it('counts the conversations waiting in the queue, the longest wait the longer of calls and conversations', () => {
    expect(withWaitingConversations(queue, { count: 2, oldestSince: 0 }, 95_500).stats).toMatchObject({ waiting: 6, longestWaitSec: 95 });
    expect(withWaitingConversations(queue, { count: 1, oldestSince: 90_000 }, 95_000).stats).toMatchObject({ waiting: 5, longestWaitSec: 30 });
    expect(withWaitingConversations(queue, undefined, 0)).toBe(queue);
  });
});
