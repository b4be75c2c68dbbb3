import type { ConversationSummary } from '@/contract/schemas/conversation';
import { offerEnded, summaryOf } from '@/domain/conversation-record';
import { countByChannel, defaultCapacity, roomToAccept } from '@/domain/conversation-routing';
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
    const capacity = (await settingsOf(tx, [user.id])).get(user.id)?.capacity ?? defaultCapacity(user.role);
    const active = countByChannel(await activeConversationsOf(tx, [user.id]));
    if (!roomToAccept(capacity, active, record.channel)) throw new DomainError('capacity_full', `Already holding ${active[record.channel]} ${record.channel} conversations`);
    await endOffer(tx, offerId, 'accepted');
    return summaryOf(await assignConversation(tx, record, user, now, outbox), policy);
  });
  await outbox.flush(deps);
  return summary;
}

/**
 * Ends an open offer that was not accepted (declined, lapsed, or its agent left): the conversation waits
 * again and is not offered to that agent again while it waits. Answers false when it was no longer open.
 */
async function endUnaccepted(tx: Db, offerId: string, reason: 'rejected' | 'timeout' | 'withdrawn', outbox: ConversationOutbox, check: (agentId: string) => boolean = () => true): Promise<boolean> {
  const open = await lockOpenOffer(tx, offerId);
  if (!open || !check(open.agentId)) return false;
  await endOffer(tx, offerId, reason);
  const record = await lockConversation(tx, open.conversationId);
  if (record) await saveConversation(tx, offerEnded(record, open.agentId, reason));
  // Its agent left (every tab of theirs is gone): nobody to tell.
  if (reason !== 'withdrawn') outbox.add([open.agentId], { type: 'conversation.offer_withdrawn', offerId, conversationId: open.conversationId, reason });
  return true;
}

export async function rejectOffer(deps: BffDeps, user: UserRecord, offerId: string): Promise<void> {
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  const ended = await deps.db.transaction((tx) => endUnaccepted(tx, offerId, 'rejected', outbox, (agentId) => agentId === user.id));
  if (!ended) throw gone(offerId);
  await outbox.flush(deps);
  await kickRouting(deps);
}

/** Offers whose time ran out move on: withdrawn from their agent, offered to the next. */
export async function expireDueOffers(deps: BffDeps): Promise<number> {
  const due = await dueOffers(deps.db, deps.now());
  if (due.length === 0) return 0;
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  let ended = 0;
  for (const offerId of due) if (await deps.db.transaction((tx) => endUnaccepted(tx, offerId, 'timeout', outbox))) ended++;
  await outbox.flush(deps);
  if (ended) await kickRouting(deps);
  return ended;
}

/** The open offers of agents who left: withdrawn, without counting against them. */
export async function withdrawOffersOf(deps: BffDeps, agentIds: readonly string[], outbox: ConversationOutbox): Promise<void> {
  for (const offerId of await openOffersTo(deps.db, agentIds)) await deps.db.transaction((tx) => endUnaccepted(tx, offerId, 'withdrawn', outbox));
}
