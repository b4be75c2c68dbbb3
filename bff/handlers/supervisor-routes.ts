import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { route } from '../server/contract-route';
import { settleDueAgentStates } from '../services/agent-state-service';
import { centreOverview } from '../services/queue-views';

export const supervisorRoutes = [
  route(getSupervisorOverview, async ({ deps, user }) => {
    // The board shows states as of now: after-call work that ran out has ended.
    await settleDueAgentStates(deps);
    return centreOverview(deps.db, user.tenant, deps.now());
  }),
];
