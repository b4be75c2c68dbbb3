import { listAudit } from '@/contract/endpoints/audit';
import { auditMatches, auditSortKey, auditVisibleTo } from '@/domain/audit-rules';
import { paginate } from '@/domain/paginate';
import { handle } from '@mocks/core/handle';

export const auditHandlers = [
  // Newest first, in the viewer's centre, by person and action.
  handle(listAudit, ({ db, user, query }) => {
    const visible = db.audit.filter((e) => auditVisibleTo(user, e) && auditMatches(e, query));
    const ordered = visible.map((e) => ({ e, key: auditSortKey(e) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const page = paginate(ordered, query, (row) => row.key);
    return { ...page, items: page.items.map((row) => row.e) };
  }),
];
