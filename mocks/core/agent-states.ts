import type { AgentState } from '@/contract/schemas/agent-state';
import { agentStateAudience, queueStatsAudience } from '@/domain/event-audience';
import type { MockDb } from '@mocks/core/mock-db';
import { queueStatsOf } from '@mocks/core/queue-views';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';

/**
 * Stores a seat's new state and, when it changed, tells everyone who cares (the seat's tabs, its centre's
 * team leads: the presence row and the figures of the seat's queues).
 */
export function saveAgentState(db: MockDb, next: AgentState): AgentState {
  const previous = db.agentStates.get(next.agentId);
  if (previous === next) return next;
  db.agentStates.set(next.agentId, next);
  const user = db.users.get(next.agentId);
  if (!user) return next;
  const signedIn = signedInUsers(db);
  publishTo(agentStateAudience(user, signedIn), { type: 'agent.state_changed', state: next });
  if (user.role === 'supervisor') return next;
  for (const queueId of user.queueIds) {
    const queue = db.queues.get(queueId);
    if (queue) publishTo(queueStatsAudience(queue, signedIn), { type: 'queue.stats_updated', queue: queueStatsOf(db, queueId) });
  }
  return next;
}
