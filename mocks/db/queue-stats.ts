import type { QueueStats, AgentPresence } from '@/contract/schemas/queue';
import type { Tenant } from '@/contract/schemas/identity';
import { getAgentState } from './agent-states';
import type { MockDb } from './mock-db';

export function queueStats(db: MockDb, queueId: string): QueueStats {
  const queue = db.queues.get(queueId);
  if (!queue) throw new Error(`No queue ${queueId}`);
  let agentsReady = 0;
  let agentsBusy = 0;
  for (const user of db.users.values()) {
    if (user.role === 'supervisor' || !user.queueIds.includes(queueId)) continue;
    const { status } = getAgentState(db, user.id);
    if (status === 'ready') agentsReady++;
    else if (status === 'busy' || status === 'after_call_work') agentsBusy++;
  }
  return {
    queueId,
    name: queue.name,
    skill: queue.skill,
    tier: queue.tier,
    waiting: queue.stats.waiting,
    longestWaitSec: queue.stats.longestWaitSec,
    agentsReady,
    agentsBusy,
    serviceLevel: queue.stats.serviceLevel,
    abandonedToday: queue.stats.abandonedToday,
  };
}

export function queuesOfTenant(db: MockDb, tenant: Tenant): QueueStats[] {
  return [...db.queues.values()].filter((q) => q.tenant === tenant).map((q) => queueStats(db, q.queueId));
}

export function agentPresence(db: MockDb, agentId: string): AgentPresence {
  const user = db.users.get(agentId);
  if (!user) throw new Error(`No agent ${agentId}`);
  const state = getAgentState(db, agentId);
  return {
    agentId,
    displayName: user.displayName,
    workNumber: user.workNumber,
    extension: user.extension,
    role: user.role,
    skills: user.skills,
    status: state.status,
    reason: state.reason,
    since: state.since,
  };
}
