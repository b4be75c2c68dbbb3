import { endpoint } from '../core/endpoint';
import { SupervisorOverview } from '../schemas/queue';

/** The supervisor feature: the team lead's live board. */

export const getSupervisorOverview = endpoint({
  id: 'supervisor.overview',
  summary: "Queues and seats of the team lead's centre",
  method: 'GET',
  path: '/api/supervisor/overview',
  response: SupervisorOverview,
  roles: ['supervisor'],
});
