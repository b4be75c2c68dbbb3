import type { Tenant } from '@/contract/schemas/identity';
import type { Db } from './open-store';
import type { StoredCustomer } from './schema';

type Entry = { tenant: Tenant; data: StoredCustomer; until: number };

/** How long a customer read from the store is reused: the desktop asks for a customer's sections together. */
export const CUSTOMER_CACHE_MS = 30_000;
const MAX_ENTRIES = 2000;

// One cache per store (a test may run several), forgotten with it.
const caches = new WeakMap<Db, Map<string, Entry>>();

/**
 * Reads a customer through a small per-instance cache. Opening a customer asks for its header, lines and
 * accounts at once, three reads of the same row; customer data is the CRM's and changes rarely, so a read
 * may be up to 30 s old. Oldest entries go first past 2,000.
 */
export async function cachedCustomer(db: Db, customerId: string, now: number, load: () => Promise<{ tenant: Tenant; data: StoredCustomer } | null>): Promise<{ tenant: Tenant; data: StoredCustomer } | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(customerId);
  if (hit && hit.until > now) return hit;
  const found = await load();
  cache.delete(customerId);
  if (!found) return null;
  cache.set(customerId, { ...found, until: now + CUSTOMER_CACHE_MS });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return found;
}
