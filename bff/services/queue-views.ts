import type { AgentPresence, QueueStats } from '@/contract/schemas/queue';
import type { Tenant } from '@/contract/schemas/identity';
import { agentPresence, queueStats, type QueueRecord } from '@/domain/queue-figures';
import { inCentreOf, isSeat } from '@/domain/tenant-scope';
import { listAgentStates } from '../store/agent-state-queries';
import { waitingByQueue } from '../store/conversation-queries';
import { getQueue, listQueues } from '../store/queue-queries';
import type { Db } from '../store/open-store';
import { listUsers } from '../store/user-queries';

async function seats(db: Db) {
  const [users, states] = await Promise.all([listUsers(db), listAgentStates(db)]);
  const byId = new Map(states.map((s) => [s.agentId, s]));
  return users.flatMap((user) => {
    const state = byId.get(user.id);
    return state ? [{ user, state }] : [];
  });
}

/**
 * The queue's recorded traffic plus the conversations waiting in it now (queued, or offered and not yet
 * accepted): a team lead sees chats, SMS, emails and social messages wait as calls do.
 */
function withConversations(queue: QueueRecord, waiting: Map<string, { waiting: number; oldest: number }>, now: number): QueueRecord {
  const conversations = waiting.get(queue.queueId);
  if (!conversations) return queue;
  const longest = Math.max(0, Math.floor((now - conversations.oldest) / 1000));
  return { ...queue, stats: { ...queue.stats, waiting: queue.stats.waiting + conversations.waiting, longestWaitSec: Math.max(queue.stats.longestWaitSec, longest) } };
}

export async function queueStatsOf(db: Db, queueId: string, now = Date.now()): Promise<QueueStats | null> {
  const queue = await getQueue(db, queueId);
  return queue ? queueStats(withConversations(queue, await waitingByQueue(db), now), await seats(db)) : null;
}

/** A team lead's board: the centre's queues with live figures, and every seat of the centre. */
export async function centreOverview(db: Db, tenant: Tenant, now = Date.now()): Promise<{ queues: QueueStats[]; agents: AgentPresence[] }> {
  const [all, queues, waiting] = await Promise.all([seats(db), listQueues(db), waitingByQueue(db)]);
  return {
    queues: inCentreOf({ tenant }, queues).map((q) => queueStats(withConversations(q, waiting, now), all)),
    agents: all.filter(({ user }) => user.tenant === tenant && isSeat(user)).map(({ user, state }) => agentPresence(user, state)),
  };
}
