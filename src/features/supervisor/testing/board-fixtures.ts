import type { AgentPresence, QueueStats, SupervisorOverview } from '@/contract/schemas/queue';

/** `count` seats named "Seat 0001"…, extension 30001…, Ready since `since`. */
export function makeAgents(count: number, since = new Date(0).toISOString()): AgentPresence[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return { agentId: `agt-${n}`, displayName: `Seat ${n}`, workNumber: `86${30001 + i}`, extension: String(30001 + i), role: 'agent', skills: ['general'], status: 'ready', reason: null, since };
  });
}

/** `count` queues named "Queue 001"…; queue i has waited i seconds longest, so the last is the worst. */
export function makeQueues(count: number): QueueStats[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { queueId: `q-${n}`, name: `Queue ${n}`, skill: 'general', tier: 'frontline', waiting: 1, longestWaitSec: i, agentsReady: 2, agentsBusy: 3, serviceLevel: 0.9, abandonedToday: 0 };
  });
}

export function makeOverview(agents: number, queues: number): SupervisorOverview {
  return { agents: makeAgents(agents), queues: makeQueues(queues) };
}
