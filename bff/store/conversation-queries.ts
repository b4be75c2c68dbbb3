import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page, type PageQuery } from '@/contract/core/pagination';
import type { ConversationChannel } from '@/contract/schemas/conversation';
import { listKey, type ConversationRecord } from '@/domain/conversation-record';
import { threadKey } from '@/domain/inbound-conversation';
import { decodeCursor, encodeCursor } from '@/domain/paginate';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { conversations } from './schema';

/** A record's row: the record, and the columns its queries select and order by. */
export function conversationRow(record: ConversationRecord) {
  return { conversationId: record.conversationId, ...columnsOf(record) };
}

function columnsOf(record: ConversationRecord) {
  return {
    tenant: record.tenant,
    channel: record.channel,
    status: record.status,
    queueId: record.queueId,
    agentId: record.agentId,
    threadKey: threadKey(record.channel, record.from, record.subject),
    chatToken: record.chatToken,
    listKey: listKey(record),
    queuedAt: Date.parse(record.queuedAt),
    record,
  };
}

export async function insertConversation(db: Db, record: ConversationRecord): Promise<void> {
  await db.insert(conversations).values(conversationRow(record));
}

export async function saveConversation(db: Db, record: ConversationRecord): Promise<void> {
  await db.update(conversations).set(columnsOf(record)).where(eq(conversations.conversationId, record.conversationId));
}

export async function findConversation(db: Db, conversationId: string): Promise<ConversationRecord | null> {
  const [row] = await db.select({ record: conversations.record }).from(conversations).where(eq(conversations.conversationId, conversationId)).limit(1);
  return row?.record ?? null;
}

/**
 * The conversation, locked until the transaction ends: its thread's next seq, its status and its agent
 * change one writer at a time (two tabs, two instances, the routing timer).
 */
export async function lockConversation(tx: Db, conversationId: string): Promise<ConversationRecord | null> {
  const rows = await queryRows<{ record: ConversationRecord }>(tx, sql`SELECT record FROM conversations WHERE conversation_id = ${conversationId} FOR UPDATE`);
  return rows[0]?.record ?? null;
}

/** The open conversation an inbound message of this sender (and, for email, subject) joins. */
export async function openConversationByThread(db: Db, tenant: string, channel: ConversationChannel, key: string): Promise<ConversationRecord | null> {
  const [row] = await db
    .select({ record: conversations.record })
    .from(conversations)
    .where(and(eq(conversations.tenant, tenant), eq(conversations.channel, channel), eq(conversations.threadKey, key), ne(conversations.status, 'closed')))
    .orderBy(asc(conversations.queuedAt))
    .limit(1);
  return row?.record ?? null;
}

export async function conversationIdByToken(db: Db, chatToken: string): Promise<string | null> {
  const [row] = await db.select({ id: conversations.conversationId }).from(conversations).where(eq(conversations.chatToken, chatToken)).limit(1);
  return row?.id ?? null;
}

/** One page of an agent's conversations, open (in hand) or closed (history), newest first. */
export async function agentConversationPage(db: Db, agentId: string, status: 'open' | 'closed', query: PageQuery): Promise<Page<ConversationRecord>> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const statusIs = status === 'closed' ? eq(conversations.status, 'closed') : ne(conversations.status, 'closed');
  const rows = await db
    .select({ key: conversations.listKey, record: conversations.record })
    .from(conversations)
    .where(and(eq(conversations.agentId, agentId), statusIs, after === null ? undefined : gt(conversations.listKey, after)))
    .orderBy(asc(conversations.listKey))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map((r) => r.record), nextCursor: rows.length > limit && last ? encodeCursor(last.key) : null };
}

/** Conversations an agent holds (accepted, not closed). */
export async function activeConversationsOf(db: Db, agentIds: readonly string[]): Promise<ConversationRecord[]> {
  if (agentIds.length === 0) return [];
  const rows = await db
    .select({ record: conversations.record })
    .from(conversations)
    .where(and(inArray(conversations.agentId, [...agentIds]), eq(conversations.status, 'active')));
  return rows.map((r) => r.record);
}

/** A queued conversation whose customer left (it came back from an agent who signed out) waits for nobody. */
const customerPresent = sql.raw(`(record->>'customerPresent')::boolean`);

/** Conversations waiting for an agent, longest waiting first, locked for the routing round. */
export async function lockQueuedConversations(tx: Db): Promise<ConversationRecord[]> {
  const rows = await queryRows<{ record: ConversationRecord }>(tx, sql`SELECT record FROM conversations WHERE status = 'queued' AND ${customerPresent} ORDER BY queued_at, conversation_id FOR UPDATE`);
  return rows.map((r) => r.record);
}

/** Per queue: conversations waiting (queued or offered) and since when the longest has waited (epoch ms). */
export async function waitingByQueue(db: Db): Promise<Map<string, { count: number; oldestSince: number }>> {
  const rows = await queryRows<{ queue_id: string; n: number | string; oldest: number | string }>(
    db,
    sql`SELECT queue_id, count(*)::int AS n, min(queued_at) AS oldest FROM conversations WHERE status IN ('queued', 'offered') GROUP BY queue_id`,
  );
  return new Map(rows.map((r) => [r.queue_id, { count: Number(r.n), oldestSince: Number(r.oldest) }]));
}

/**
 * Whether the routing timer has anything to do: offers past their time, conversations waiting to be
 * offered, waiting ones whose cool-down after passes is over (a new offer round: routeQueued, src/domain).
 */
export async function pendingConversationWork(
  db: Db,
  now: number,
  receiptsBefore: string | null = null,
): Promise<{ dueOffers: boolean; queued: boolean; reoffer: boolean; receipts: boolean }> {
  const [row] = await queryRows<{ due: boolean; queued: boolean; reoffer: boolean; receipts: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM conversation_offers WHERE status = 'open' AND expires_at <= ${now}) AS due,
               EXISTS (SELECT 1 FROM conversations WHERE status = 'queued' AND ${customerPresent}) AS queued,
               EXISTS (SELECT 1 FROM conversations WHERE status = 'queued' AND ${customerPresent} AND jsonb_array_length(record->'skipped') > 0
                         AND coalesce(record->>'reofferAt', '') <= ${new Date(now).toISOString()}) AS reoffer,
               ${receiptsBefore === null ? sql`false` : sql`EXISTS (SELECT 1 FROM messages WHERE message->>'status' = 'sent' AND message->>'at' <= ${receiptsBefore})`} AS receipts`,
  );
  return { dueOffers: !!row?.due, queued: !!row?.queued, reoffer: !!row?.reoffer, receipts: !!row?.receipts };
}
