import type { SeedCustomer } from './seed-customer';

/**
 * What the seed's original stream drew for a customer, before it gained ID numbers, addresses, accounts
 * and long histories from its own stream: the part tests and demos already named. A digest of it over
 * every customer pins it, so a later change to the seed cannot reshuffle it unnoticed.
 */
export function originalDraws(c: SeedCustomer): unknown {
  const head = c.idType === 'resident_id' ? 3 : c.idType === 'business_licence' ? 4 : 0;
  const { name: _name, bank: _bank, payments: _payments, bills, ...account } = c.accounts[0]!;
  return {
    customerId: c.customerId, tenant: c.tenant, name: c.name, gender: c.gender, idType: c.idType,
    idHead: c.idNumber.slice(0, head), idTail: c.idNumber.slice(-4), level: c.level, segment: c.segment, city: c.city,
    preferredLanguage: c.preferredLanguage, customerSince: c.customerSince, marketingOptOut: c.marketingOptOut,
    subscriptions: c.subscriptions.map(({ accountId: _a, smsUsed: _s, allowance: _l, ...sub }) => sub),
    account: { ...account, bills: bills.slice(0, 3) },
    orders: c.orders,
    contacts: c.contacts.filter((h) => /^ct-h\d+$/.test(h.contactId)),
    tickets: c.tickets, surveys: c.surveys, marketing: c.marketing, behaviour: c.behaviour,
  };
}

/** FNV-1a of a text, as 8 hex digits. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
