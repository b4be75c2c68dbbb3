import type { VerificationAttempt } from '@/contract/schemas/contact-view';
import type { Role } from '@/contract/schemas/identity';
import { DomainError } from './domain-error';
import { handledBy, type LiveContact } from './live-contact';

/** What a caller is checked against: the ID number, and the latest bill of each account. */
export interface IdentityFacts {
  idNumber: string;
  latestBills: number[];
}

export function identityFactsOf(customer: { idNumber: string; accounts: readonly { bills: readonly { period: string; amount: number }[] }[] }): IdentityFacts {
  return {
    idNumber: customer.idNumber,
    latestBills: customer.accounts.flatMap((a) => {
      const latest = [...a.bills].sort((x, y) => (x.period < y.period ? 1 : -1))[0];
      return latest ? [latest.amount] : [];
    }),
  };
}

/** "¥86.50", "86.5元", "£1,024.00": the amount, or null when it is not one. */
export function parseAmount(answer: string): number | null {
  const text = answer.replace(/[¥￥£$€,\s]|元|rmb|cny|gbp|usd/gi, '');
  return /^\d+(?:\.\d{1,2})?$/.test(text) ? Number(text) : null;
}

function matches(attempt: VerificationAttempt, facts: IdentityFacts): boolean {
  if (attempt.method === 'id_last4') {
    const answer = attempt.answer.replace(/\s/g, '').toUpperCase();
    return answer.length === 4 && facts.idNumber.toUpperCase().endsWith(answer);
  }
  const amount = parseAmount(attempt.answer);
  // Within a cent: the caller reads the bill, rounding aside.
  return amount !== null && facts.latestBills.some((bill) => Math.abs(bill - amount) <= 0.0100001);
}

/**
 * One identity check (身份验证, kept short: one question). A match verifies the contact; a miss costs an
 * attempt (verification_failed with what is left); with none left it is locked (verification_locked).
 * Answers the contact to store and the refusal to throw after storing it (a miss must be counted).
 */
export function checkIdentity(contact: LiveContact, attempt: VerificationAttempt, facts: IdentityFacts, actor: { id: string; role: Role }, now: number): { contact: LiveContact; error: DomainError | null } {
  if (contact.verification) return { contact, error: null };
  if (contact.attemptsLeft <= 0) return { contact, error: new DomainError('verification_locked', 'No identity checks left for this contact') };
  const handled = handledBy(contact, actor);
  if (matches(attempt, facts)) {
    return { contact: { ...handled, verification: { method: attempt.method, at: new Date(now).toISOString(), by: actor.id } }, error: null };
  }
  const attemptsLeft = handled.attemptsLeft - 1;
  return {
    contact: { ...handled, attemptsLeft },
    error: new DomainError('verification_failed', 'The answer did not match', { details: { attemptsLeft } }),
  };
}

export function verifiedAuditDetails(contact: LiveContact): Record<string, unknown> {
  return { contactId: contact.contactId, customerId: contact.customerId, method: contact.verification?.method ?? null };
}
