import type { AgentPresence, QueueStats } from '@/contract/schemas/queue';
import type { Tenant } from '@/contract/schemas/identity';
import { agentPresence, queueStats } from '@/domain/queue-figures';
import { inCentreOf } from '@/domain/tenant-scope';
import type { MockDb } from './mock-db';

/** Seats with their states, for the queue-figure rule. */
function seatsOf(db: MockDb) {
  return [...db.users.values()].map((user) => ({ user, state: agentStateOf(db, user.id) }));
}

export function agentStateOf(db: MockDb, agentId: string) {
  const state = db.agentStates.get(agentId);
  if (!state) throw new Error(`No agent state for ${agentId}`);
  return state;
}

/**
 * The seats listed in a queue, as a store would read them through an index on membership: a floor of
 * thousands of seats publishes queue figures hundreds of times a second. The rule still decides who counts.
 */
function* membersOf(db: MockDb, queueId: string) {
  for (const user of db.users.values()) if (user.queueIds.includes(queueId)) yield { user, state: agentStateOf(db, user.id) };
}

export function queueStatsOf(db: MockDb, queueId: string): QueueStats {
  const queue = db.queues.get(queueId);
  if (!queue) throw new Error(`No queue ${queueId}`);
  return queueStats(queue, membersOf(db, queueId));
}

export function queuesOfTenant(db: MockDb, tenant: Tenant): QueueStats[] {
  const seats = seatsOf(db);
  return inCentreOf({ tenant }, db.queues.values()).map((q) => queueStats(q, seats));
}

export function presenceOf(db: MockDb, agentId: string): AgentPresence {
  const user = db.users.get(agentId);
  if (!user) throw new Error(`No agent ${agentId}`);
  return agentPresence(user, agentStateOf(db, agentId));
}
