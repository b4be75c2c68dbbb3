import type { Role } from '@/contract/schemas/identity';
import type { PiiField, PiiPolicy, RevealedValue } from '@/contract/schemas/pii';
import { DomainError } from './domain-error';

/** A revealed value shows this long, then the desktop masks it again. */
export const REVEAL_SECONDS = 60;

/**
 * Least privilege (最小权限): a frontline agent may reveal what it takes to call or write back; an expert
 * also what a complaint or a port-out needs checked (ID, address); a team lead everything, bank details
 * included. An admin runs the system and serves no customer: nothing.
 */
const revealableByRole: Record<Role, readonly PiiField[]> = {
  agent: ['msisdn', 'email'],
  expert: ['msisdn', 'email', 'address', 'id_number'],
  supervisor: ['msisdn', 'email', 'address', 'id_number', 'bank_account'],
  admin: [],
};

export function piiPolicy(role: Role): PiiPolicy {
  return { revealable: [...revealableByRole[role]], revealSeconds: REVEAL_SECONDS };
}

/** Refuses (pii_forbidden) a field the role may not reveal. */
export function assertMayReveal(role: Role, field: PiiField): void {
  if (!revealableByRole[role].includes(field)) throw new DomainError('pii_forbidden', `A ${role} may not reveal ${field}`);
}

/** The answer to a reveal: the value, and when the desktop must mask it again. */
export function revealedValue(field: PiiField, subjectId: string | null, value: string, now: number): RevealedValue {
  return { field, subjectId, value, expiresAt: new Date(now + REVEAL_SECONDS * 1000).toISOString() };
}

/** What the audit log keeps of a reveal: whose, which field, which one, and why (never the value). */
export function revealAuditDetails(customerId: string, field: PiiField, subjectId: string | null, reason: string): Record<string, unknown> {
  return { customerId, field, subjectId, reason };
}
