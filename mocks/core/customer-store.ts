import type { ContactRecord } from '@/contract/schemas/customer';
import type { Tenant } from '@/contract/schemas/identity';
import { timelineKey } from '@/domain/contact-timeline';
import { summarySourceOf, type SummarySource } from '@/domain/customer-summary';
import { nameKeys } from '@/domain/name-keys';
import type { SeedCustomer } from '@mocks/seed/types';

export interface NameEntry {
  tenant: Tenant;
  key: string;
  customerId: string;
}

/**
 * The mocks' customer tables and their indexes, as a store would keep them: by number (lines and
 * registered contact numbers), email, account, ID number and name key, each customer's search row, and
 * its timeline in order (built on first use). Seed data never changes at run time, so one store serves
 * every reset of the same seed.
 */
export interface CustomerStore {
  customers: Map<string, SeedCustomer>;
  byNumber: Map<string, string[]>;
  byEmail: Map<string, string[]>;
  byAccount: Map<string, string>;
  byIdNumber: Map<string, string[]>;
  /** Every name key, sorted by key then customer: prefix search walks it from the first match. */
  names: NameEntry[];
  summaries: Map<string, SummarySource>;
  /** The contact history in timeline order (newest first), with each record's key. */
  timeline(customerId: string): readonly { key: string; record: ContactRecord }[];
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function buildCustomerStore(list: readonly SeedCustomer[]): CustomerStore {
  const customers = new Map(list.map((c) => [c.customerId, c]));
  const byNumber = new Map<string, string[]>();
  const byEmail = new Map<string, string[]>();
  const byAccount = new Map<string, string>();
  const byIdNumber = new Map<string, string[]>();
  const names: NameEntry[] = [];
  const summaries = new Map<string, SummarySource>();
  // Lines first, then registered contact numbers: a line's own customer is listed before those who share it.
  for (const c of list) for (const s of c.subscriptions) add(byNumber, s.msisdn, c.customerId);
  for (const c of list) {
    for (const n of c.contactNumbers) add(byNumber, n, c.customerId);
    if (c.email) add(byEmail, c.email.toLowerCase(), c.customerId);
    for (const a of c.accounts) byAccount.set(a.accountId, c.customerId);
    add(byIdNumber, c.idNumber.toUpperCase(), c.customerId);
    for (const key of nameKeys(c.name)) names.push({ tenant: c.tenant, key, customerId: c.customerId });
    summaries.set(c.customerId, summarySourceOf(c));
  }
  names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.customerId < b.customerId ? -1 : 1));
  const timelines = new Map<string, { key: string; record: ContactRecord }[]>();
  return {
    customers,
    byNumber,
    byEmail,
    byAccount,
    byIdNumber,
    names,
    summaries,
    timeline(customerId) {
      let rows = timelines.get(customerId);
      if (!rows) {
        rows = (customers.get(customerId)?.contacts ?? []).map((record) => ({ key: timelineKey(record), record })).sort((a, b) => (a.key < b.key ? -1 : 1));
        timelines.set(customerId, rows);
      }
      return rows;
    },
  };
}
