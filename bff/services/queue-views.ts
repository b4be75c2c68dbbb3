import type { AgentPresence, QueueStats } from '@/contract/schemas/queue';
import type { Tenant } from '@/contract/schemas/identity';
import { agentPresence, queueStats } from '@/domain/queue-figures';
import { inCentreOf, isSeat } from '@/domain/tenant-scope';
import { listAgentStates } from '../store/agent-state-queries';
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

export async function queueStatsOf(db: Db, queueId: string): Promise<QueueStats | null> {
  const queue = await getQueue(db, queueId);
  return queue ? queueStats(queue, await seats(db)) : null;
}

/** A team lead's board: the centre's queues with live figures, and every seat of the centre. */
export async function centreOverview(db: Db, tenant: Tenant): Promise<{ queues: QueueStats[]; agents: AgentPresence[] }> {
  const [all, queues] = await Promise.all([seats(db), listQueues(db)]);
  return {
    queues: inCentreOf({ tenant }, queues).map((q) => queueStats(q, all)),
    agents: all.filter(({ user }) => user.tenant === tenant && isSeat(user)).map(({ user, state }) => agentPresence(user, state)),
  };
}
