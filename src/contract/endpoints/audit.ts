import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { PageQuery, pageOf } from '../core/pagination';
import { AuditAction, AuditEntry } from '../schemas/audit';

/** The audit feature: team leads read who did what in their centre (admins, everywhere). */

export const listAudit = endpoint({
  id: 'audit.list',
  summary: 'The audit log, newest first, filterable by person and action',
  method: 'GET',
  path: '/api/audit',
  query: z.extend(PageQuery, {
    actorId: z.optional(z.string()),
    action: z.optional(AuditAction),
  }),
  response: pageOf(AuditEntry),
  roles: ['supervisor', 'admin'],
});
