import { listAudit } from '@/contract/endpoints/audit';
import { route } from '../server/contract-route';
import { listAudit as listAuditRows } from '../store/audit-queries';

export const auditRoutes = [
  // Newest first, in the viewer's centre (an admin: every centre), by person and action.
  route(listAudit, ({ deps, user, query }) =>
    listAuditRows(deps.db, { viewer: user, actorId: query.actorId, action: query.action, cursor: query.cursor, limit: query.limit }),
  ),
];
