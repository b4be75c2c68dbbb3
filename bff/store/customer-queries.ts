import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tenant } from '@/contract/schemas/identity';
import type { SummarySource } from '@/domain/customer-summary';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { customerAccounts, customers, type StoredCustomer } from './schema';

/** A hit of a lookup in index order, with its search row's source (read in the same round trip). */
export interface CustomerHitRow {
  customerId: string;
  tenant: Tenant;
  summary: SummarySource;
}

/** The whole customer (for its header and sections), or null. */
export async function findCustomer(db: Db, customerId: string): Promise<{ tenant: Tenant; data: StoredCustomer } | null> {
  const [row] = await db.select({ tenant: customers.tenant, data: customers.data }).from(customers).where(eq(customers.customerId, customerId)).limit(1);
  return row ? { tenant: row.tenant as Tenant, data: row.data } : null;
}

export async function customerTenant(db: Db, customerId: string): Promise<Tenant | null> {
  const [row] = await db.select({ tenant: customers.tenant }).from(customers).where(eq(customers.customerId, customerId)).limit(1);
  return (row?.tenant as Tenant | undefined) ?? null;
}

/** The search rows' sources of these customers, by id. */
export async function summariesOf(db: Db, customerIds: readonly string[]): Promise<Map<string, SummarySource>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db.select({ customerId: customers.customerId, summary: customers.summary }).from(customers).where(inArray(customers.customerId, [...customerIds]));
  return new Map(rows.map((r) => [r.customerId, r.summary]));
}

/** Customers answering to a number (any centre, or one), the line's own customer before those who registered it. */
export async function customersByNumber(db: Db, msisdn: string, tenant: Tenant | null = null): Promise<CustomerHitRow[]> {
  return queryRows<{ customerId: string; tenant: Tenant; summary: SummarySource }>(
    db,
    sql`SELECT n.customer_id AS "customerId", c.tenant, c.summary FROM customer_numbers n JOIN customers c ON c.customer_id = n.customer_id
        WHERE n.msisdn = ${msisdn} ${tenant ? sql`AND c.tenant = ${tenant}` : sql``}
        ORDER BY n.kind = 'contact', n.customer_id`,
  );
}

export async function customersByEmail(db: Db, email: string, tenant: Tenant | null = null): Promise<CustomerHitRow[]> {
  const rows = await db
    .select({ customerId: customers.customerId, tenant: customers.tenant, summary: customers.summary })
    .from(customers)
    .where(and(eq(customers.email, email), tenant ? eq(customers.tenant, tenant) : undefined))
    .orderBy(customers.customerId);
  return rows as CustomerHitRow[];
}

export async function customersByIdNumber(db: Db, idNumber: string, tenant: Tenant): Promise<CustomerHitRow[]> {
  const rows = await db
    .select({ customerId: customers.customerId, tenant: customers.tenant, summary: customers.summary })
    .from(customers)
    .where(and(eq(customers.idNumber, idNumber), eq(customers.tenant, tenant)))
    .orderBy(customers.customerId);
  return rows as CustomerHitRow[];
}

export async function customerByAccount(db: Db, accountId: string, tenant: Tenant): Promise<CustomerHitRow[]> {
  const rows = await db
    .select({ customerId: customers.customerId, tenant: customers.tenant, summary: customers.summary })
    .from(customerAccounts)
    .innerJoin(customers, eq(customers.customerId, customerAccounts.customerId))
    .where(and(eq(customerAccounts.accountId, accountId), eq(customers.tenant, tenant)));
  return rows as CustomerHitRow[];
}

/**
 * One page of a name-prefix search: each customer once, at its first matching key, ordered by key then
 * id, after the cursor's (key, id). The prefix is a range of customer_names' primary key.
 */
export async function customersByNamePrefix(db: Db, tenant: Tenant, prefix: string, after: { key: string; customerId: string } | null, limit: number): Promise<(CustomerHitRow & { key: string })[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return queryRows<{ customerId: string; tenant: Tenant; summary: SummarySource; key: string }>(
    db,
    sql`SELECT g.customer_id AS "customerId", g.key, c.tenant, c.summary FROM (
          SELECT customer_id, min(name_key) AS key FROM customer_names
          WHERE tenant = ${tenant} AND name_key LIKE ${pattern}
          GROUP BY customer_id
          ${after ? sql`HAVING (min(name_key), customer_id) > (${after.key}::text COLLATE "C", ${after.customerId}::text COLLATE "C")` : sql``}
          ORDER BY key, customer_id LIMIT ${limit}
        ) g JOIN customers c ON c.customer_id = g.customer_id
        ORDER BY g.key, g.customer_id`,
  );
}
