import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { agentPresence, queuesOfTenant } from '@mocks/db/queue-stats';
import { handle } from '@mocks/lib/handle';

export const supervisorHandlers = [
  // A supervisor watches their own centre: its queues and every seat in it.
  handle(getSupervisorOverview, ({ db, user }) => ({
    queues: queuesOfTenant(db, user.tenant),
    agents: [...db.users.values()].filter((a) => a.tenant === user.tenant).map((a) => agentPresence(db, a.id)),
  })),
];
