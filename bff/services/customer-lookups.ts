import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page, type PageQuery } from '@/contract/core/pagination';
import type { CustomerSummary } from '@/contract/schemas/customer-view';
import type { Tenant } from '@/contract/schemas/identity';
import type { ClassifiedSearch } from '@/domain/classify-search';
import { customerSummary, type SummarySource } from '@/domain/customer-summary';
import { DomainError } from '@/domain/domain-error';
import type { NormalizedCaller } from '@/domain/normalize-caller';
import { decodeCursor, encodeCursor, paginate } from '@/domain/paginate';
import { sameCentre } from '@/domain/tenant-scope';
import { cachedCustomer } from '../store/customer-cache';
import type { Db } from '../store/open-store';
import { customerByAccount, customersByEmail, customersByIdNumber, customersByNamePrefix, customersByNumber, customerTenant, findCustomer, summariesOf, type CustomerHitRow } from '../store/customer-queries';
import type { StoredCustomer } from '../store/schema';

/** One hit: who, what matched, the number that matched, and its place in the list (the page cursor). */
export interface CustomerHit {
  customerId: string;
  matchedOn: CustomerSummary['matchedOn'];
  number: string | null;
  key: string;
  /** The search row's source, when the lookup read it already. */
  source: SummarySource | null;
}

/** A customer of the viewer's centre, or 404 as if it did not exist. */
export async function customerInCentre(db: Db, viewer: { tenant: Tenant }, customerId: string, now: number): Promise<StoredCustomer> {
  const found = await cachedCustomer(db, customerId, now, () => findCustomer(db, customerId));
  if (!found || !sameCentre(viewer, found)) throw new DomainError('not_found', `No customer ${customerId} in this centre`);
  return found.data;
}

/** Only that the customer is the viewer's centre's (the timeline reads its own table). */
export async function assertCustomerInCentre(db: Db, viewer: { tenant: Tenant }, customerId: string): Promise<void> {
  const tenant = await customerTenant(db, customerId);
  if (!tenant || tenant !== viewer.tenant) throw new DomainError('not_found', `No customer ${customerId} in this centre`);
}

const indexed = (rows: readonly (Pick<CustomerHitRow, 'customerId'> & { summary?: SummarySource })[], matchedOn: CustomerHit['matchedOn'], number: string | null): CustomerHit[] =>
  rows.map((row, i) => ({ customerId: row.customerId, matchedOn, number, key: String(i).padStart(6, '0'), source: row.summary ?? null }));

/** The customers a caller's number or email belongs to (any centre unless one is given). */
export async function callerMatches(db: Db, caller: NormalizedCaller, tenant: Tenant | null): Promise<CustomerHit[]> {
  if (caller.kind === 'number') return indexed(await customersByNumber(db, caller.value, tenant), 'number', caller.value);
  if (caller.kind === 'email') return indexed(await customersByEmail(db, caller.value, tenant), 'email', null);
  return [];
}

/** One page of a classified search in the viewer's centre; a name prefix pages in SQL, the rest are a handful. */
export async function searchPage(db: Db, tenant: Tenant, search: ClassifiedSearch, query: PageQuery): Promise<Page<CustomerHit>> {
  if (search.kind === 'name') {
    const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
    let after: { key: string; customerId: string } | null = null;
    if (query.cursor !== undefined) {
      const [key = '', customerId = ''] = decodeCursor(query.cursor).split('\u0000');
      after = { key, customerId };
    }
    const rows = await customersByNamePrefix(db, tenant, search.value, after, limit + 1);
    const hits = rows.slice(0, limit).map((r) => ({ customerId: r.customerId, matchedOn: 'name' as const, number: null, key: `${r.key}\u0000${r.customerId}`, source: r.summary }));
    const last = hits[hits.length - 1];
    return { items: hits, nextCursor: rows.length > limit && last ? encodeCursor(last.key) : null };
  }
  let hits: CustomerHit[];
  switch (search.kind) {
    case 'customer_id':
      hits = indexed((await customerTenant(db, search.value)) === tenant ? [{ customerId: search.value }] : [], 'customer_id', null);
      break;
    case 'account':
      hits = indexed(await customerByAccount(db, search.value, tenant), 'account', null);
      break;
    case 'id_number':
      hits = indexed(await customersByIdNumber(db, search.value, tenant), 'id_number', null);
      break;
    default:
      hits = await callerMatches(db, { kind: search.kind, value: search.value }, tenant);
  }
  const { total: _total, ...page } = paginate(hits, query, (hit) => hit.key);
  return page;
}

/** The hits as search rows (masked, flagged). */
export async function summariesFor(db: Db, hits: readonly CustomerHit[], now: number): Promise<CustomerSummary[]> {
  const missing = hits.filter((h) => !h.source).map((h) => h.customerId);
  const sources = missing.length ? await summariesOf(db, missing) : new Map<string, SummarySource>();
  return hits.flatMap((hit) => {
    const source = hit.source ?? sources.get(hit.customerId);
    return source ? [customerSummary(source, hit.matchedOn, hit.number, now)] : [];
  });
}
