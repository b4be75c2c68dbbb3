import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page, type PageQuery } from '@/contract/core/pagination';
import type { Message, MessageStatus } from '@/contract/schemas/conversation';
import { encodeThreadCursor, threadCursor } from '@/domain/conversation-record';
import { sentBefore } from '@/domain/outgoing-message';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { messages } from './schema';

export function messageRow(message: Message) {
  return { conversationId: message.conversationId, seq: message.seq, author: message.author, agentId: message.agentId, clientId: message.clientId, internal: message.internal, message };
}

export async function insertMessage(db: Db, message: Message): Promise<void> {
  await db.insert(messages).values(messageRow(message));
}

/**
 * The message this sender's client id already made in this conversation (a retried send), if any: the
 * rows with that client id (one per sender at most), judged by the domain's rule of whose they are.
 */
export async function messageByClientId(db: Db, conversationId: string, clientId: string, sender: { author: 'agent' | 'customer'; agentId: string | null }): Promise<Message | null> {
  const rows = await db
    .select({ message: messages.message })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.clientId, clientId)));
  return sentBefore(rows.map((r) => r.message), clientId, sender);
}

/**
 * A page of a thread: the latest messages, or those older than the cursor; oldest first within the page
 * (the cursor is the seq of the page's oldest message, as threadPage in the domain). The customer's side
 * leaves internal notes out.
 */
export async function threadPageOf(db: Db, conversationId: string, query: PageQuery, options: { customerView: boolean }): Promise<Page<Message>> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const before = threadCursor(query.cursor);
  const visible = options.customerView ? eq(messages.internal, false) : undefined;
  const rows = await db
    .select({ message: messages.message })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), visible, before === null ? undefined : lt(messages.seq, before)))
    .orderBy(desc(messages.seq))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => r.message).reverse();
  const [{ n = 0 } = {}] = await queryRows<{ n: number }>(
    db,
    options.customerView
      ? sql`SELECT count(*)::int AS n FROM messages WHERE conversation_id = ${conversationId} AND internal = false`
      : sql`SELECT count(*)::int AS n FROM messages WHERE conversation_id = ${conversationId}`,
  );
  return { items, nextCursor: rows.length > limit && items[0] ? encodeThreadCursor(items[0].seq) : null, total: Number(n) };
}

/** The messages after a seq, in order (what a status change or an unread count reads). */
export async function messagesAfter(db: Db, conversationId: string, afterSeq: number): Promise<Message[]> {
  const rows = await db
    .select({ message: messages.message })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
    .orderBy(asc(messages.seq));
  return rows.map((r) => r.message);
}

export async function setMessageStatus(db: Db, conversationId: string, seq: number, status: MessageStatus): Promise<void> {
  await db.execute(sql`UPDATE messages SET message = jsonb_set(message, '{status}', to_jsonb(${status}::text)) WHERE conversation_id = ${conversationId} AND seq = ${seq}`);
}

/** The agent's messages the customer has not read yet (what the customer's reply marks read). */
export async function unreadAgentMessages(db: Db, conversationId: string): Promise<Message[]> {
  const rows = await queryRows<{ message: Message }>(
    db,
    sql`SELECT message FROM messages WHERE conversation_id = ${conversationId} AND internal = false AND author = 'agent' AND message->>'status' IN ('sent', 'delivered') ORDER BY seq`,
  );
  return rows.map((r) => r.message);
}

/** Customer messages after the agent's read position (the unread count). */
export async function customerMessagesAfter(db: Db, conversationId: string, afterSeq: number): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM messages WHERE conversation_id = ${conversationId} AND seq > ${afterSeq} AND author = 'customer'`);
  return Number(rows[0]?.n ?? 0);
}

/** The customer's messages up to a seq the agent has not read yet (reading them marks them read). */
export async function customerMessagesNotRead(db: Db, conversationId: string, upToSeq: number): Promise<Message[]> {
  const rows = await queryRows<{ message: Message }>(
    db,
    sql`SELECT message FROM messages WHERE conversation_id = ${conversationId} AND seq <= ${upToSeq} AND author = 'customer' AND message->>'status' <> 'read' ORDER BY seq`,
  );
  return rows.map((r) => r.message);
}

/** Messages still `sent` (no receipt yet) written before `beforeIso`, oldest first. */
export async function messagesAwaitingReceipt(db: Db, beforeIso: string, limit = 100): Promise<Message[]> {
  const rows = await queryRows<{ message: Message }>(
    db,
    sql`SELECT message FROM messages WHERE message->>'status' = 'sent' AND message->>'at' <= ${beforeIso} ORDER BY message->>'at' LIMIT ${limit}`,
  );
  return rows.map((r) => r.message);
}
