import { normalizeCaller } from './normalize-caller';
import type { Tenant } from '@/contract/schemas/identity';
import { nameKey } from './name-keys';

export type SearchKind = 'customer_id' | 'account' | 'email' | 'number' | 'id_number' | 'name';

export interface ClassifiedSearch {
  kind: SearchKind;
  /** The value as the store keys it (a number normalised, an ID upper-cased, a name as a name key). */
  value: string;
}

const RESIDENT_ID = /^\d{17}[\dX]$/;

/**
 * What an agent typed in the search box: a customer id (c-cn-0001), an account (acc-…), an email, a
 * phone number in any usual form, an ID number (18 characters with its X, a passport, a licence), or else
 * a name (a prefix of it). One answer per query, so every backend searches the same index for it.
 */
export function classifySearch(q: string, tenant: Tenant | null = null): ClassifiedSearch {
  const text = q.trim();
  if (/^c-[a-z]+-\d+$/i.test(text)) return { kind: 'customer_id', value: text.toLowerCase() };
  if (/^acc-[a-z0-9-]+$/i.test(text)) return { kind: 'account', value: text.toLowerCase() };
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  if (RESIDENT_ID.test(compact)) return { kind: 'id_number', value: compact };
  if (/^[+\d\s\-().]+$/.test(text)) {
    try {
      const caller = normalizeCaller(text, tenant);
      // A service code or an extension is not a customer's number: keep reading it as an ID's digits.
      if (caller.kind === 'number' && /^\+?\d{7,15}$/.test(caller.value)) return { kind: 'number', value: caller.value };
    } catch {
      // Not a number: digits of an ID below.
    }
  }
  if (text.includes('@')) return { kind: 'email', value: text.toLowerCase() };
  // Letters and digits with at least four digits and no space: a passport, a licence, a business code.
  if (/^[0-9A-Z]{5,20}$/.test(compact) && (compact.match(/\d/g)?.length ?? 0) >= 4) return { kind: 'id_number', value: compact };
  return { kind: 'name', value: nameKey(text) };
}
