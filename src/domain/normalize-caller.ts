import type { Tenant } from '@/contract/schemas/identity';
import { DomainError } from './domain-error';
import { normalizeNumber } from './normalize-number';

export interface NormalizedCaller {
  kind: 'number' | 'email' | 'handle';
  /** The key a store looks the caller up by. */
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// A chat identity as channels hand it over: scheme:id (wechat:o6_bmj…, whatsapp:…, sip:…) or @name.
const HANDLE = /^(?:[a-z][a-z0-9+.-]{1,19}:[^\s]{1,100}|@[\w.-]{2,64})$/i;
const UK_NATIONAL = /^0[1-9]\d{8,9}$/;
const NANP_NATIONAL = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * Who is calling, as the store keys it: a number as the trunk dials it (+86, spaces, dashes gone; a
 * landline keeps its 0), an email address lower-cased, a chat handle as it is. An international centre
 * also reads its own national forms (07700 900123 → +447700900123). Anything else: invalid_number.
 */
export function normalizeCaller(from: string, tenant: Tenant | null = null): NormalizedCaller {
  const raw = from.trim();
  if (EMAIL.test(raw)) return { kind: 'email', value: raw.toLowerCase() };
  if (tenant === 'intl') {
    const digits = raw.replace(/[\s\-().]/g, '');
    if (UK_NATIONAL.test(digits)) return { kind: 'number', value: `+44${digits.slice(1)}` };
    if (NANP_NATIONAL.test(digits)) return { kind: 'number', value: `+1${digits}` };
  }
  if (!/^sips?:/i.test(raw)) {
    const number = normalizeNumber(raw);
    // Star codes (*#06#) are what a phone dials, never who calls.
    if (number && /^\+?\d+$/.test(number.dialable)) return { kind: 'number', value: number.dialable };
  }
  if (HANDLE.test(raw)) return { kind: 'handle', value: raw };
  throw new DomainError('invalid_number', `"${from}" is not a phone number, email address or handle`);
}

/** As normalizeCaller, but null for what cannot be a caller (the IVR then treats it as unknown). */
export function tryNormalizeCaller(from: string, tenant: Tenant | null = null): NormalizedCaller | null {
  try {
    return normalizeCaller(from, tenant);
  } catch {
    return null;
  }
}
