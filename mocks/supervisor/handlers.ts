import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { inCentreOf, isSeat } from '@/domain/tenant-scope';
import { handle } from '@mocks/core/handle';
import { presenceOf, queuesOfTenant } from '@mocks/core/queue-views';

export const supervisorHandlers = [
  // A supervisor watches their own centre: its queues and every seat in it.
  handle(getSupervisorOverview, ({ db, user }) => ({
    queues: queuesOfTenant(db, user.tenant),
    agents: inCentreOf(user, db.users.values())
      .filter(isSeat)
      .map((a) => presenceOf(db, a.id)),
  })),
];
