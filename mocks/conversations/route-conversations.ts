import type { ConversationOffer } from '@/contract/schemas/conversation';
import { buildOffer, forgetPasses, markAssigned, markOffered, offerEnded, returnToQueue, systemDraft, type ConversationRecord } from '@/domain/conversation-record';
import { countByChannel, defaultCapacity, reofferTime, roomToAccept, routeQueued, type RoutingCandidate } from '@/domain/conversation-routing';
import { DomainError } from '@/domain/domain-error';
import { queueStatsAudience } from '@/domain/event-audience';
import { takesContacts } from '@/domain/tenant-scope';
import { currentAgentState } from '@mocks/core/agent-states';
import { getMockDb, nextId, type MockDb } from '@mocks/core/mock-db';
import { publish, publishTo } from '@mocks/core/realtime-server';
import { queueStatsOf } from '@mocks/core/queue-views';
import { signedInUsers } from '@mocks/core/sessions';
import type { SeedAgent } from '@mocks/seed/types';
import type { OfferRecord, SeatConversationSettings } from './conversation-tables';
import { appendToThread, recordOf, saveRecord } from './conversation-store';

/**
 * The mock ACD: a queued conversation is offered to the seat `routeQueued` (src/domain) picks; an offer not
 * answered in the policy's time, or declined, moves on; one every seat passed on is offered again after a
 * cool-down; a seat going Not ready has its offers withdrawn, and one signing out hands its conversations
 * back. Re-run whenever room may have opened (an offer ended, a conversation closed, a seat became Ready)
 * and when a cool-down ends.
 */

const offerTimers = new Map<string, ReturnType<typeof setTimeout>>();
let reofferTimer: { at: number; timer: ReturnType<typeof setTimeout> } | null = null;

export function seatSettings(db: MockDb, agentId: string): SeatConversationSettings {
  return db.conversations.settings.get(agentId) ?? { autoAccept: false, lastRoutedAt: null };
}

/** Conversations a seat holds now, by channel. */
export function activeOf(db: MockDb, agentId: string): ConversationRecord[] {
  return [...db.conversations.records.values()].filter((r) => r.agentId === agentId && r.status === 'active');
}

export function openOffersOf(db: MockDb, agentId: string): OfferRecord[] {
  return [...db.conversations.offers.values()].filter((o) => o.agentId === agentId && o.status === 'open');
}

function candidateOf(db: MockDb, user: SeedAgent): RoutingCandidate {
  const held = [...activeOf(db, user.id), ...openOffersOf(db, user.id).map((o) => ({ channel: o.offer.channel }))];
  return { user, state: currentAgentState(db, user.id), capacity: defaultCapacity(user.role), held: countByChannel(held), lastRoutedAt: seatSettings(db, user.id).lastRoutedAt };
}

function armOfferTimer(db: MockDb, offer: ConversationOffer): void {
  offerTimers.set(
    offer.offerId,
    setTimeout(
      () => {
        offerTimers.delete(offer.offerId);
        // A reset between arming and firing leaves this db behind: nothing to do.
        if (getMockDb() !== db) return;
        const kept = db.conversations.offers.get(offer.offerId);
        if (kept?.status === 'open') endOffer(db, kept, 'timeout', db.clock());
      },
      Math.max(0, Date.parse(offer.expiresAt) - db.clock()),
    ),
  );
}

/** Tells the centre's team leads a queue's figures changed (a conversation joined or left its waiting). */
export function publishQueueFigures(db: MockDb, queueId: string): void {
  const queue = db.queues.get(queueId);
  if (queue) publishTo(queueStatsAudience(queue, signedInUsers(db)), { type: 'queue.stats_updated', queue: queueStatsOf(db, queueId) });
}

/** Offers a queued conversation to the seat the rule picks; it waits when none may take it now. */
function routeConversation(db: MockDb, waiting: ConversationRecord, now: number): void {
  if (waiting.status !== 'queued' || !waiting.customerPresent) return;
  const queue = db.queues.get(waiting.queueId);
  if (!queue) return;
  const seats = signedInUsers(db).filter(takesContacts);
  const { agentId, newRound } = routeQueued({ queueId: queue.queueId, skill: queue.skill }, waiting.channel, seats.map((u) => candidateOf(db, u)), waiting, now);
  // A new round: the passes are forgotten whether or not a seat takes it now.
  const record = newRound ? forgetPasses(waiting) : waiting;
  if (record !== waiting) db.conversations.records.set(record.conversationId, record);
  if (!agentId) return;
  const offer = buildOffer(record, { offerId: nextId(db, 'of'), queueName: queue.name, timeoutSec: db.conversations.policy.offerTimeoutSec }, now);
  const kept: OfferRecord = { offer, agentId, status: 'open' };
  db.conversations.offers.set(offer.offerId, kept);
  db.conversations.records.set(record.conversationId, markOffered(record));
  db.conversations.settings.set(agentId, { ...seatSettings(db, agentId), lastRoutedAt: now });
  if (seatSettings(db, agentId).autoAccept) {
    const user = db.users.get(agentId);
    if (user && roomToAccept(defaultCapacity(user.role), countByChannel(activeOf(db, agentId)), record.channel)) {
      acceptOffer(db, kept, user, now);
      return;
    }
  }
  publish(agentId, { type: 'conversation.offered', offer });
  armOfferTimer(db, offer);
}

let routing = false;
let routeAgain = false;

/**
 * Every queued conversation, the longest waiting first. Routing reads seat states, and reading one may end
 * its after-call work and so ask for routing again: that asks for one more pass, never a nested one (a
 * nested pass could offer a conversation the outer pass is offering).
 */
export function routeWaiting(db: MockDb, now: number = db.clock()): void {
  if (routing) {
    routeAgain = true;
    return;
  }
  routing = true;
  try {
    do {
      routeAgain = false;
      const queued = [...db.conversations.records.values()].filter((r) => r.status === 'queued' && r.customerPresent).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
      for (const record of queued) routeConversation(db, recordOf(db, record.conversationId), now);
    } while (routeAgain);
  } finally {
    routing = false;
  }
  armReofferTimer(db);
}

/** Routing runs again when the earliest cool-down of a conversation every seat passed on ends. */
function armReofferTimer(db: MockDb): void {
  const times = [...db.conversations.records.values()].filter((r) => r.status === 'queued' && r.customerPresent).map(reofferTime);
  const at = Math.min(...times.filter((t): t is number => t !== null));
  if (reofferTimer?.at === at) return;
  clearTimeout(reofferTimer?.timer);
  reofferTimer = null;
  if (at === Infinity) return;
  const timer = setTimeout(
    () => {
      reofferTimer = null;
      // A reset between arming and firing leaves this db behind: nothing to do.
      if (getMockDb() === db) routeWaiting(db);
    },
    Math.max(0, at - db.clock()),
  );
  reofferTimer = { at, timer };
}

/** The seat's own open offer, or offer_gone (expired, moved on, someone else's). */
export function openOfferFor(db: MockDb, agentId: string, offerId: string): OfferRecord {
  const kept = db.conversations.offers.get(offerId);
  if (!kept || kept.agentId !== agentId || kept.status !== 'open') throw new DomainError('offer_gone', `Offer ${offerId} is no longer yours to take`);
  return kept;
}

/** The seat takes the conversation: it is theirs, with an "assigned" line in the thread. */
export function acceptOffer(db: MockDb, kept: OfferRecord, user: SeedAgent, now: number): ConversationRecord {
  const capacity = defaultCapacity(user.role);
  if (!roomToAccept(capacity, countByChannel(activeOf(db, user.id)), kept.offer.channel)) {
    throw new DomainError('capacity_full', `No room for another ${kept.offer.channel} conversation`);
  }
  clearTimeout(offerTimers.get(kept.offer.offerId));
  offerTimers.delete(kept.offer.offerId);
  db.conversations.offers.set(kept.offer.offerId, { ...kept, status: 'accepted' });
  const assigned = saveRecord(db, markAssigned(recordOf(db, kept.offer.conversationId), user.id));
  publishQueueFigures(db, assigned.queueId);
  return appendToThread(db, assigned, systemDraft('assigned', { agent: user.displayName, agentId: user.id }), now).record;
}

/**
 * An offer ends without being taken: its seat is told, and the conversation goes back to the queue and on
 * to the next seat — unless the customer left, which ended it. Lapsed or declined, that seat passed on it;
 * withdrawn because its agent went Not ready, it did not.
 */
export function endOffer(db: MockDb, kept: OfferRecord, reason: 'timeout' | 'rejected' | 'customer_left' | 'not_ready', now: number): void {
  clearTimeout(offerTimers.get(kept.offer.offerId));
  offerTimers.delete(kept.offer.offerId);
  const passed = reason === 'timeout' || reason === 'rejected';
  db.conversations.offers.set(kept.offer.offerId, { ...kept, status: passed ? reason : 'withdrawn' });
  publish(kept.agentId, { type: 'conversation.offer_withdrawn', offerId: kept.offer.offerId, conversationId: kept.offer.conversationId, reason });
  if (reason === 'customer_left') return;
  const record = offerEnded(recordOf(db, kept.offer.conversationId), kept.agentId, passed ? reason : 'withdrawn', now, db.conversations.policy.offerTimeoutSec);
  db.conversations.records.set(record.conversationId, record);
  routeWaiting(db, now);
}

/** The seat's agent stepped away (Not ready): its open offers are withdrawn and move on to the next seat. */
export function withdrawOffersOnNotReady(db: MockDb, agentId: string, now: number): void {
  for (const kept of openOffersOf(db, agentId)) endOffer(db, kept, 'not_ready', now);
}

/** A seat signed out: its offers end, and its conversations go back to the queue with their threads. */
export function releaseSeat(db: MockDb, agentId: string, now: number): void {
  for (const kept of openOffersOf(db, agentId)) {
    clearTimeout(offerTimers.get(kept.offer.offerId));
    offerTimers.delete(kept.offer.offerId);
    db.conversations.offers.set(kept.offer.offerId, { ...kept, status: 'withdrawn' });
    db.conversations.records.set(kept.offer.conversationId, offerEnded(recordOf(db, kept.offer.conversationId), agentId, 'withdrawn', now, db.conversations.policy.offerTimeoutSec));
  }
  for (const record of activeOf(db, agentId)) {
    const back = returnToQueue(record, now, db.conversations.policy.offerTimeoutSec);
    // The seat's other tabs learn it is gone; then the thread says so.
    saveRecord(db, back, [agentId]);
    appendToThread(db, back, systemDraft('returned_to_queue', { agentId }), now);
    publishQueueFigures(db, back.queueId);
  }
  routeWaiting(db, now);
}

/** Lapses every open offer now, as if their time were up (the dev panel's "offer timeout"). */
export function expireOpenOffers(db: MockDb): number {
  const open = [...db.conversations.offers.values()].filter((o) => o.status === 'open');
  for (const kept of open) endOffer(db, kept, 'timeout', db.clock());
  return open.length;
}

/** Between tests: no timer of an old db fires into a new one. */
export function cancelOfferTimers(): void {
  for (const timer of offerTimers.values()) clearTimeout(timer);
  offerTimers.clear();
  clearTimeout(reofferTimer?.timer);
  reofferTimer = null;
}
