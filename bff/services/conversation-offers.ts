import type { ConversationSummary } from '@/contract/schemas/conversation';
import { markAssigned, offerEnded, summaryOf, type ConversationPolicy } from '@/domain/conversation-record';
import { assignedDraft, countByChannel, roomToAccept, seatCapacity } from '@/domain/conversation-routing';
import { DomainError } from '@/domain/domain-error';
import type { UserRecord } from '../store/user-queries';
import { activeConversationsOf, lockConversation, saveConversation } from '../store/conversation-queries';
import { settingsOf } from '../store/conversation-settings-queries';
import { dueOffers, endOffer, lockOpenOffer, openOffersTo } from '../store/offer-queries';
import type { Db } from '../store/open-store';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';
import { assignConversation, kickRouting } from './conversation-routing';
import { announceQueueFigures } from './announce-queue-figures';

const gone = (offerId: string) => new DomainError('offer_gone', `Offer ${offerId} is no longer open`);

/** Accepting: the offer must still be open and this agent's, and the agent must have room on its channel. */
export async function acceptOffer(deps: BffDeps, user: UserRecord, offerId: string): Promise<ConversationSummary> {
  const now = deps.now();
  const policy = await conversationPolicy(deps);
  const outbox = new ConversationOutbox(policy);
  const summary = await deps.db.transaction(async (tx) => {
    const open = await lockOpenOffer(tx, offerId);
    if (!open || open.agentId !== user.id) throw gone(offerId);
    const record = await lockConversation(tx, open.conversationId);
    if (!record || record.status !== 'offered') throw gone(offerId);
    const capacity = seatCapacity((await settingsOf(tx, [user.id])).get(user.id)?.capacity, user.role);
    const active = countByChannel(await activeConversationsOf(tx, [user.id]));
    if (!roomToAccept(capacity, active, record.channel)) throw new DomainError('capacity_full', `Already holding ${active[record.channel]} ${record.channel} conversations`);
    await endOffer(tx, offerId, 'accepted');
    return summaryOf(await assignConversation(tx, markAssigned(record, user.id), assignedDraft(user), now, outbox), policy);
  });
  await outbox.flush(deps);
  // Taken: it no longer waits in its queue.
  await announceQueueFigures(deps, [summary.queueId]);
  return summary;
}

/**
 * How an offer ends untaken. Declined or lapsed, its agent passed on it (not offered it again before the
 * cool-down); withdrawn, it is no pass: its agent went Not ready (told: the offer leaves the desktop) or
 * left (every tab gone: nobody to tell).
 */
type Unaccepted = { end: 'rejected'; why: { reason: string; note: string | null } } | { end: 'timeout' } | { end: 'withdrawn'; tell: 'not_ready' | null };

interface EndContext {
  policy: ConversationPolicy;
  outbox: ConversationOutbox;
  now: number;
}

/**
 * Ends an open offer that was not accepted: the conversation waits again (offerEnded, src/domain) for the
 * next seat. Answers the offer's agent, or null when it was no longer open, or is not the agent's `check`
 * asks for.
 */
async function endUnaccepted(tx: Db, offerId: string, how: Unaccepted, { policy, outbox, now }: EndContext, check: (agentId: string) => boolean = () => true): Promise<string | null> {
  const open = await lockOpenOffer(tx, offerId);
  if (!open || !check(open.agentId)) return null;
  await endOffer(tx, offerId, how.end, how.end === 'rejected' ? how.why : null);
  const record = await lockConversation(tx, open.conversationId);
  if (record) await saveConversation(tx, offerEnded(record, open.agentId, how.end, now, policy.offerTimeoutSec));
  const reason = how.end === 'withdrawn' ? how.tell : how.end;
  if (reason) outbox.add([open.agentId], { type: 'conversation.offer_withdrawn', offerId, conversationId: open.conversationId, reason });
  return open.agentId;
}

async function endContext(deps: BffDeps): Promise<EndContext> {
  const policy = await conversationPolicy(deps);
  return { policy, outbox: new ConversationOutbox(policy), now: deps.now() };
}

/** Declined, with the agent's reason kept beside the offer. */
export async function rejectOffer(deps: BffDeps, user: UserRecord, offerId: string, why: { reason: string; note: string | null }): Promise<void> {
  const context = await endContext(deps);
  const ended = await deps.db.transaction((tx) => endUnaccepted(tx, offerId, { end: 'rejected', why }, context, (agentId) => agentId === user.id));
  if (!ended) throw gone(offerId);
  await context.outbox.flush(deps);
  await kickRouting(deps);
}

/**
 * Offers whose time ran out lapse: withdrawn from their agent (a pass), to wait for the next seat. Answers
 * the agents who let one lapse, each once; the caller marks their seats (lapse-due-offers.ts) and routes.
 */
export async function expireDueOffers(deps: BffDeps): Promise<string[]> {
  const due = await dueOffers(deps.db, deps.now());
  if (due.length === 0) return [];
  const context = await endContext(deps);
  const missedBy = new Set<string>();
  for (const offerId of due) {
    const agentId = await deps.db.transaction((tx) => endUnaccepted(tx, offerId, { end: 'timeout' }, context));
    if (agentId) missedBy.add(agentId);
  }
  await context.outbox.flush(deps);
  return [...missedBy];
}

/** The open offers of agents who left: withdrawn, without counting against them (their tabs are gone). */
export async function withdrawOffersOf(deps: BffDeps, agentIds: readonly string[], outbox: ConversationOutbox): Promise<void> {
  const context = { ...(await endContext(deps)), outbox };
  for (const offerId of await openOffersTo(deps.db, agentIds)) await deps.db.transaction((tx) => endUnaccepted(tx, offerId, { end: 'withdrawn', tell: null }, context));
}

/**
 * A seat whose agent went Not ready: its open offers are withdrawn at once (its tabs told, so they leave
 * the desktop; no pass counted). Answers how many; the caller asks routing to offer them to the next seat.
 */
export async function withdrawOffersOnNotReady(deps: BffDeps, agentId: string): Promise<number> {
  const offers = await openOffersTo(deps.db, [agentId]);
  if (offers.length === 0) return 0;
  const context = await endContext(deps);
  let ended = 0;
  for (const offerId of offers) if (await deps.db.transaction((tx) => endUnaccepted(tx, offerId, { end: 'withdrawn', tell: 'not_ready' }, context))) ended++;
  await context.outbox.flush(deps);
  return ended;
}
