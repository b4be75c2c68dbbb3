import { getAgentState } from '@mocks/db/agent-states';
import type { MockDb } from '@mocks/db/mock-db';
import { queueStats } from '@mocks/db/queue-stats';
import { signedInUserIds } from '@mocks/db/sessions';
import { publish } from '@mocks/realtime/realtime-server';

/** Signed-in supervisors of a centre: a cn supervisor never watches the intl floor. */
export function signedInSupervisors(db: MockDb, tenant: string): string[] {
  return signedInUserIds(db).filter((id) => {
    const user = db.users.get(id);
    return user?.role === 'supervisor' && user.tenant === tenant;
  });
}

/**
 * Tells everyone who cares that a seat changed: the seat's own tabs, and its centre's supervisors
 * (the presence row and the figures of the seat's queues).
 */
export function announceAgentState(db: MockDb, agentId: string): void {
  const user = db.users.get(agentId);
  if (!user) return;
  const state = getAgentState(db, agentId);
  const supervisors = signedInSupervisors(db, user.tenant);
  const audience = new Set([agentId, ...supervisors]);
  for (const userId of audience) publish(userId, { type: 'agent.state_changed', state });
  if (user.role === 'supervisor') return;
  for (const queueId of user.queueIds) {
    const queue = queueStats(db, queueId);
    for (const supervisorId of supervisors) publish(supervisorId, { type: 'queue.stats_updated', queue });
  }
}
