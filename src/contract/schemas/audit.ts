import { z } from 'zod/mini';

/**
 * What the audit log records. Later features add theirs (a PII reveal, a transfer); every entry says who,
 * what, when, and from which centre.
 */
export const AuditAction = z.enum(['sign_in', 'sign_in_failed', 'sign_out', 'agent_state_changed', 'pii_revealed', 'caller_verified', 'contact_linked']);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: AuditAction,
  /** The user who acted; null for a failed sign-in under an unknown username. */
  actorId: z.nullable(z.string()),
  /** The name as typed or shown (the username for a failed sign-in). */
  actorName: z.string(),
  tenant: z.nullable(z.enum(['cn', 'intl'])),
  /** What changed, per action (for a state change: from and to). */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
