import { timelineKey } from '@/domain/contact-timeline';
import { summarySourceOf } from '@/domain/customer-summary';
import { nameKeys } from '@/domain/name-keys';
import type { SeedCustomer } from '@mocks/seed/types';
import type { customerAccounts, customerContacts, customerNames, customerNumbers, customers } from './schema';

export interface CustomerRows {
  customers: (typeof customers.$inferInsert)[];
  numbers: (typeof customerNumbers.$inferInsert)[];
  accounts: (typeof customerAccounts.$inferInsert)[];
  names: (typeof customerNames.$inferInsert)[];
  contacts: (typeof customerContacts.$inferInsert)[];
}

/**
 * One customer as the store's tables hold it: the customer without its history, its search row, and
 * the index rows (numbers — lines, then registered contact numbers —, accounts, name keys, the history
 * keyed for the timeline). The keys come from the same rules the mocks index with.
 */
export function customerRows(customer: SeedCustomer): CustomerRows {
  const { contacts, ...data } = customer;
  const numbers = new Map<string, 'line' | 'contact'>();
  for (const s of customer.subscriptions) numbers.set(s.msisdn, 'line');
  for (const n of customer.contactNumbers) if (!numbers.has(n)) numbers.set(n, 'contact');
  return {
    customers: [{ customerId: customer.customerId, tenant: customer.tenant, idNumber: customer.idNumber.toUpperCase(), email: customer.email?.toLowerCase() ?? null, summary: summarySourceOf(customer), data }],
    numbers: [...numbers].map(([msisdn, kind]) => ({ msisdn, customerId: customer.customerId, kind })),
    accounts: customer.accounts.map((a) => ({ accountId: a.accountId, customerId: customer.customerId })),
    names: nameKeys(customer.name).map((nameKey) => ({ tenant: customer.tenant, nameKey, customerId: customer.customerId })),
    contacts: contacts.map((record) => ({
      customerId: customer.customerId,
      sortKey: timelineKey(record),
      channel: record.channel,
      // A line break between them: the mocks match within one or the other, never across.
      words: `${record.intent}\n${record.summary}`.toLowerCase(),
      record,
    })),
  };
}
