import type { AgentPresence, QueueStats } from '@/contract/schemas/queue';
import type { Tenant } from '@/contract/schemas/identity';
import { agentPresence, queueStats, withWaitingConversations, type QueueRecord } from '@/domain/queue-figures';
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

/** Conversations waiting (queued or offered) per queue: how many, and since when the oldest. */
function waitingConversations(db: MockDb): Map<string, { count: number; oldestSince: number }> {
  const waiting = new Map<string, { count: number; oldestSince: number }>();
  for (const record of db.conversations.records.values()) {
    if (record.status !== 'queued' && record.status !== 'offered') continue;
    const known = waiting.get(record.queueId) ?? { count: 0, oldestSince: Infinity };
    waiting.set(record.queueId, { count: known.count + 1, oldestSince: Math.min(known.oldestSince, Date.parse(record.queuedAt)) });
  }
  return waiting;
}

function withConversations(db: MockDb, queue: QueueRecord, waiting = waitingConversations(db)): QueueRecord {
  return withWaitingConversations(queue, waiting.get(queue.queueId), db.clock());
}

export function queueStatsOf(db: MockDb, queueId: string): QueueStats {
  const queue = db.queues.get(queueId);
  if (!queue) throw new Error(`No queue ${queueId}`);
  return queueStats(withConversations(db, queue), membersOf(db, queueId));
}

export function queuesOfTenant(db: MockDb, tenant: Tenant): QueueStats[] {
  const seats = seatsOf(db);
  const waiting = waitingConversations(db);
  return inCentreOf({ tenant }, db.queues.values()).map((q) => queueStats(withConversations(db, q, waiting), seats));
}

export function presenceOf(db: MockDb, agentId: string): AgentPresence {
  const user = db.users.get(agentId);
  if (!user) throw new Error(`No agent ${agentId}`);
  return agentPresence(user, agentStateOf(db, agentId));
}
