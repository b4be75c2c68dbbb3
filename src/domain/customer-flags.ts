import type { CustomerLevel, CustomerSegment } from '@/contract/schemas/customer';
import type { CustomerFlag } from '@/contract/schemas/customer-view';

/**
 * The facts the header's flags are read from. A store can keep them beside a customer (they change only
 * when its data does) and work the flags out per request, as age depends on the day.
 */
export interface FlagFacts {
  level: CustomerLevel;
  segment: CustomerSegment;
  marketingOptOut: boolean;
  /** YYYY-MM-DD; null where no person stands behind the customer (a business). */
  birthDate: string | null;
  /** Unpaid amount due over every account. */
  arrears: number;
  /** A complaint still open or pending. */
  openComplaint: boolean;
}

/** What a customer record must hold for its facts. */
export interface FlagSource {
  level: CustomerLevel;
  segment: CustomerSegment;
  marketingOptOut: boolean;
  birthDate: string | null;
  accounts: readonly { arrears: number }[];
  tickets: readonly { category: string; status: string }[];
}

/** 老年客户: 60 and over, the age Chinese law counts from (and a calm, slower conversation). */
export const SENIOR_AGE = 60;

export function flagFactsOf(customer: FlagSource): FlagFacts {
  return {
    level: customer.level,
    segment: customer.segment,
    marketingOptOut: customer.marketingOptOut,
    birthDate: customer.birthDate,
    arrears: Math.round(customer.accounts.reduce((sum, a) => sum + a.arrears, 0) * 100) / 100,
    openComplaint: customer.tickets.some((t) => t.category === 'complaint' && (t.status === 'open' || t.status === 'pending')),
  };
}

/** Whole years from a YYYY-MM-DD birth date to `now`. */
export function ageOn(birthDate: string, now: number): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const today = new Date(now);
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return today.getUTCFullYear() - y - (beforeBirthday ? 1 : 0);
}

/**
 * The header's signals, in a fixed order: VIP (gold and diamond, 金卡/钻石卡), an open complaint (no
 * offers, careful tone), do-not-market, arrears, enterprise, family plan, senior.
 */
export function customerFlags(facts: FlagFacts, now: number): CustomerFlag[] {
  const flags: CustomerFlag[] = [];
  if (facts.level === 'gold' || facts.level === 'diamond') flags.push('vip');
  if (facts.openComplaint) flags.push('open_complaint');
  if (facts.marketingOptOut) flags.push('do_not_market');
  if (facts.arrears > 0) flags.push('arrears');
  if (facts.segment === 'enterprise') flags.push('enterprise');
  if (facts.segment === 'family') flags.push('family_plan');
  if (facts.birthDate ? ageOn(facts.birthDate, now) >= SENIOR_AGE : facts.segment === 'senior') flags.push('senior');
  return flags;
}
