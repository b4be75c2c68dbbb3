// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { timelineKey } from '@/domain/contact-timeline';
import { migrate } from '../store/migrate';
import { openStore, type Store } from '../store/open-store';
import { queryRows } from '../store/query-rows';
import { ensureCustomers } from '../store/seed-store';

// Every lookup of the customer view must have an index to answer it: with sequential scans priced out,
// a plan that still scans a customer table means no index fits the query's shape (the queries live in
// store/customer-queries.ts and store/timeline-queries.ts; these are their WHERE clauses).
let store: Store;
beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', databaseUrl: process.env.TEST_DATABASE_URL || undefined });
  await migrate(store.db);
  await ensureCustomers(store.db);
}, 120_000);
afterAll(async () => {
  await store?.close();
});

async function plan(query: ReturnType<typeof sql>): Promise<string> {
  return store.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    const rows = await queryRows<Record<string, string>>(tx, sql`EXPLAIN ${query}`);
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
}

describe('customer view indexes', () => {
  const cases: [string, ReturnType<typeof sql>][] = [
    ['number', sql`SELECT n.customer_id FROM customer_numbers n JOIN customers c ON c.customer_id = n.customer_id WHERE n.msisdn = ${'14799603397'} AND c.tenant = ${'cn'} ORDER BY n.kind = 'contact', n.customer_id`],
    ['email', sql`SELECT customer_id FROM customers WHERE email = ${'x@example.com'} AND tenant = ${'cn'}`],
    ['ID number', sql`SELECT customer_id FROM customers WHERE id_number = ${'440304200710287908'} AND tenant = ${'cn'}`],
    ['account', sql`SELECT c.customer_id FROM customer_accounts a JOIN customers c ON c.customer_id = a.customer_id WHERE a.account_id = ${'acc-cn-0001'}`],
    ['customer', sql`SELECT data FROM customers WHERE customer_id = ${'c-cn-0001'}`],
    ['name prefix', sql`SELECT customer_id, min(name_key) FROM customer_names WHERE tenant = ${'cn'} AND name_key LIKE ${'王建%'} GROUP BY customer_id ORDER BY 2, 1 LIMIT 51`],
    ['timeline page', sql`SELECT record FROM customer_contacts WHERE customer_id = ${'c-cn-0009'} AND sort_key > ${timelineKey({ at: '2026-01-01T00:00:00.000Z', contactId: 'x' })} ORDER BY sort_key LIMIT 51`],
    ['timeline by channel', sql`SELECT record FROM customer_contacts WHERE customer_id = ${'c-cn-0009'} AND channel = ${'email'} ORDER BY sort_key LIMIT 51`],
    ['contact in hand', sql`SELECT record FROM contacts WHERE contact_id = ${'ct-000001'}`],
  ];
  for (const [name, query] of cases) {
    it(`answers a ${name} lookup from an index`, async () => {
      expect(await plan(query)).not.toMatch(/Seq Scan/);
    });
  }

  it('would show a scan where no index fits (the check itself works)', async () => {
    expect(await plan(sql`SELECT customer_id FROM customers WHERE data->>'city' = ${'深圳'}`)).toMatch(/Seq Scan/);
  });

  it('keeps the customers loaded once per dataset', async () => {
    expect((await ensureCustomers(store.db)).loaded).toBe(false);
  });
});
