import type { CustomerLevel, CustomerSegment } from '@/contract/schemas/customer';
import type { CustomerSummary } from '@/contract/schemas/customer-view';
import type { Tenant } from '@/contract/schemas/identity';
import { customerFlags, flagFactsOf, type FlagFacts, type FlagSource } from './customer-flags';
import { maskNumber } from './mask-pii';

/**
 * The little a search row needs of a customer. A store may keep it beside the customer, so a page of
 * results reads one small record each, not the whole customer.
 */
export interface SummarySource {
  customerId: string;
  tenant: Tenant;
  name: string;
  level: CustomerLevel;
  segment: CustomerSegment;
  city: string;
  primaryMsisdn: string | null;
  accountIds: string[];
  facts: FlagFacts;
}

export interface SummaryOrigin extends FlagSource {
  customerId: string;
  tenant: Tenant;
  name: string;
  city: string;
  subscriptions: readonly { msisdn: string }[];
  accounts: readonly { accountId: string; arrears: number }[];
}

export function summarySourceOf(customer: SummaryOrigin): SummarySource {
  return {
    customerId: customer.customerId,
    tenant: customer.tenant,
    name: customer.name,
    level: customer.level,
    segment: customer.segment,
    city: customer.city,
    primaryMsisdn: customer.subscriptions[0]?.msisdn ?? null,
    accountIds: customer.accounts.map((a) => a.accountId),
    facts: flagFactsOf(customer),
  };
}

/** One search or screen-pop row: what matched, and the matched number (else the main one), masked. */
export function customerSummary(source: SummarySource, matchedOn: CustomerSummary['matchedOn'], matchedNumber: string | null, now: number): CustomerSummary {
  const number = matchedNumber ?? source.primaryMsisdn;
  return {
    customerId: source.customerId,
    tenant: source.tenant,
    name: source.name,
    level: source.level,
    segment: source.segment,
    city: source.city,
    matchedOn,
    numberMasked: number ? maskNumber(number) : '',
    accountIds: [...source.accountIds],
    flags: customerFlags(source.facts, now),
  };
}
