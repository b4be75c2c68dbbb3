import type { CustomerSummary } from '@/contract/schemas/customer-view';
import type { Tenant } from '@/contract/schemas/identity';
import type { ClassifiedSearch } from '@/domain/classify-search';
import { DomainError } from '@/domain/domain-error';
import type { NormalizedCaller } from '@/domain/normalize-caller';
import { sameCentre } from '@/domain/tenant-scope';
import type { MockDb } from '@mocks/core/mock-db';
import type { SeedCustomer } from '@mocks/seed/types';

/** One hit of a search or a caller lookup, in the order a store's index gives them. */
export interface CustomerHit {
  customerId: string;
  matchedOn: CustomerSummary['matchedOn'];
  /** The number that matched (shown masked instead of the main one). */
  number: string | null;
  /** Unique and increasing in result order: the page cursor. */
  key: string;
}

/** A customer of the viewer's centre, or 404 as if it did not exist. */
export function customerInCentre(db: MockDb, viewer: { tenant: Tenant }, customerId: string): SeedCustomer {
  const customer = db.customers.get(customerId);
  if (!customer || !sameCentre(viewer, customer)) throw new DomainError('not_found', `No customer ${customerId} in this centre`);
  return customer;
}

const indexed = (ids: readonly string[], matchedOn: CustomerHit['matchedOn'], number: string | null): CustomerHit[] =>
  ids.map((customerId, i) => ({ customerId, matchedOn, number, key: String(i).padStart(6, '0') }));

/** The customers (any centre) a caller's number or email belongs to, lines before shared contact numbers. */
export function callerMatches(db: MockDb, caller: NormalizedCaller): CustomerHit[] {
  if (caller.kind === 'number') return indexed(db.customerStore.byNumber.get(caller.value) ?? [], 'number', caller.value);
  if (caller.kind === 'email') return indexed(db.customerStore.byEmail.get(caller.value) ?? [], 'email', null);
  return [];
}

/** Every hit of a classified search in the viewer's centre, in index order (names: by name key, then id). */
export function searchHits(db: MockDb, tenant: Tenant, search: ClassifiedSearch): CustomerHit[] {
  const store = db.customerStore;
  const inCentre = (hits: CustomerHit[]) => hits.filter((h) => store.customers.get(h.customerId)?.tenant === tenant);
  switch (search.kind) {
    case 'customer_id':
      return inCentre(indexed(store.customers.has(search.value) ? [search.value] : [], 'customer_id', null));
    case 'account': {
      const owner = store.byAccount.get(search.value);
      return inCentre(indexed(owner ? [owner] : [], 'account', null));
    }
    case 'email':
    case 'number':
      return inCentre(callerMatches(db, { kind: search.kind, value: search.value }));
    case 'id_number':
      return inCentre(indexed(store.byIdNumber.get(search.value) ?? [], 'id_number', null));
    case 'name': {
      const seen = new Set<string>();
      const hits: CustomerHit[] = [];
      // Sorted by key: a customer's first (lowest) matching key is its place in the list.
      for (const entry of store.names) {
        if (entry.tenant !== tenant || !entry.key.startsWith(search.value) || seen.has(entry.customerId)) continue;
        seen.add(entry.customerId);
        hits.push({ customerId: entry.customerId, matchedOn: 'name', number: null, key: `${entry.key}\u0000${entry.customerId}` });
      }
      return hits;
    }
  }
}
