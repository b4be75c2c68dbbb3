import { and, asc, count, eq, gt, like, sql, type SQL } from 'drizzle-orm';
import type { ContactRecord } from '@/contract/schemas/customer';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page } from '@/contract/core/pagination';
import { timelineWords, type TimelineFilter } from '@/domain/contact-timeline';
import { decodeCursor, encodeCursor } from '@/domain/paginate';
import type { Db } from './open-store';
import { customerContacts } from './schema';

/**
 * One page of a customer's contact history, newest first: the index range (customer, sort key) after the
 * cursor, filtered by channel (its own index) and words (within the customer's rows). The total counts
 * the same rows (a few thousand at most for one customer).
 */
export async function timelinePage(db: Db, customerId: string, filter: TimelineFilter & { cursor?: string; limit?: number }): Promise<Page<ContactRecord>> {
  const limit = Math.min(filter.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const words = timelineWords(filter.q);
  const where: (SQL | undefined)[] = [eq(customerContacts.customerId, customerId)];
  if (filter.channel) where.push(eq(customerContacts.channel, filter.channel));
  if (words !== null) where.push(like(customerContacts.words, `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const matching = and(...where);
  const after = filter.cursor === undefined ? undefined : gt(customerContacts.sortKey, decodeCursor(filter.cursor));
  // The count rides along as a subquery: one round trip (each costs as much as the work on an embedded store).
  const total = db.$with('total').as(db.select({ n: count().as('n') }).from(customerContacts).where(matching));
  const rows = await db
    .with(total)
    .select({ sortKey: customerContacts.sortKey, record: customerContacts.record, total: sql<number>`(SELECT n FROM ${total})`.mapWith(Number) })
    .from(customerContacts)
    .where(and(matching, after))
    .orderBy(asc(customerContacts.sortKey))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  // No row after the cursor: count on its own (rare: a page past the end, or no contacts at all).
  const n = rows[0]?.total ?? (await db.select({ n: count() }).from(customerContacts).where(matching))[0]?.n ?? 0;
  return { items: page.map((r) => r.record), nextCursor: rows.length > limit && last ? encodeCursor(last.sortKey) : null, total: n };
}
