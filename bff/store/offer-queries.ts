import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ConversationChannel, ConversationOffer } from '@/contract/schemas/conversation';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { conversationOffers } from './schema';

export type OfferEnd = 'accepted' | 'rejected' | 'timeout' | 'withdrawn';

export interface OpenOffer {
  offer: ConversationOffer;
  agentId: string;
}

export async function insertOffer(db: Db, agentId: string, offer: ConversationOffer): Promise<void> {
  await db.insert(conversationOffers).values({
    offerId: offer.offerId,
    conversationId: offer.conversationId,
    agentId,
    channel: offer.channel,
    status: 'open',
    expiresAt: Date.parse(offer.expiresAt),
    offer,
  });
}

/** An agent's open offers, oldest first. */
export async function openOffersOf(db: Db, agentId: string): Promise<ConversationOffer[]> {
  const rows = await db
    .select({ offer: conversationOffers.offer })
    .from(conversationOffers)
    .where(and(eq(conversationOffers.agentId, agentId), eq(conversationOffers.status, 'open')))
    .orderBy(asc(conversationOffers.expiresAt), asc(conversationOffers.offerId));
  return rows.map((r) => r.offer);
}

/** Open offers per agent and channel (they count against capacity while unanswered). */
export async function openOfferCounts(db: Db, agentIds: readonly string[]): Promise<{ agentId: string; channel: ConversationChannel }[]> {
  if (agentIds.length === 0) return [];
  const rows = await db
    .select({ agentId: conversationOffers.agentId, channel: conversationOffers.channel })
    .from(conversationOffers)
    .where(and(inArray(conversationOffers.agentId, [...agentIds]), eq(conversationOffers.status, 'open')));
  return rows.map((r) => ({ agentId: r.agentId, channel: r.channel as ConversationChannel }));
}

/** An open offer, locked: accepting, declining and the timer decide one at a time. */
export async function lockOpenOffer(tx: Db, offerId: string): Promise<(OpenOffer & { conversationId: string }) | null> {
  const rows = await queryRows<{ offer: ConversationOffer; agent_id: string; conversation_id: string }>(
    tx,
    sql`SELECT offer, agent_id, conversation_id FROM conversation_offers WHERE offer_id = ${offerId} AND status = 'open' FOR UPDATE`,
  );
  const row = rows[0];
  return row ? { offer: row.offer, agentId: row.agent_id, conversationId: row.conversation_id } : null;
}

export async function findOffer(db: Db, offerId: string): Promise<{ offer: ConversationOffer; agentId: string; status: string } | null> {
  const [row] = await db
    .select({ offer: conversationOffers.offer, agentId: conversationOffers.agentId, status: conversationOffers.status })
    .from(conversationOffers)
    .where(eq(conversationOffers.offerId, offerId))
    .limit(1);
  return row ?? null;
}

export async function endOffer(db: Db, offerId: string, status: OfferEnd): Promise<void> {
  await db.update(conversationOffers).set({ status }).where(eq(conversationOffers.offerId, offerId));
}

/** The open offer of a conversation (at most one: a conversation is offered to one agent at a time). */
export async function openOfferOf(db: Db, conversationId: string): Promise<OpenOffer | null> {
  const [row] = await db
    .select({ offer: conversationOffers.offer, agentId: conversationOffers.agentId })
    .from(conversationOffers)
    .where(and(eq(conversationOffers.conversationId, conversationId), eq(conversationOffers.status, 'open')))
    .limit(1);
  return row ?? null;
}

/** Offers whose time is up. */
export async function dueOffers(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .select({ offerId: conversationOffers.offerId })
    .from(conversationOffers)
    .where(and(eq(conversationOffers.status, 'open'), lte(conversationOffers.expiresAt, now)))
    .orderBy(asc(conversationOffers.expiresAt));
  return rows.map((r) => r.offerId);
}

/** Open offers to these agents (signed out: withdrawn). */
export async function openOffersTo(db: Db, agentIds: readonly string[]): Promise<string[]> {
  if (agentIds.length === 0) return [];
  const rows = await db
    .select({ offerId: conversationOffers.offerId })
    .from(conversationOffers)
    .where(and(inArray(conversationOffers.agentId, [...agentIds]), eq(conversationOffers.status, 'open')));
  return rows.map((r) => r.offerId);
}
