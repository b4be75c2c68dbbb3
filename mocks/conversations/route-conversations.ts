import type { ConversationOffer } from '@/contract/schemas/conversation';
import { buildOffer, forgetPasses, markAssigned, offerEnded, returnToQueue, systemDraft, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { assignedDraft, countByChannel, placeConversation, reofferTime, roomToAccept, routeQueued, routingCandidate, seatCapacity, type RoutingSeat } from '@/domain/conversation-routing';
import { stateOnMissedOffer } from '@/domain/agent-state-machine';
import { DomainError } from '@/domain/domain-error';
import { queueStatsAudience } from '@/domain/event-audience';
import { takesContacts } from '@/domain/tenant-scope';
import { currentAgentState, saveAgentState } from '@mocks/core/agent-states';
import { getMockDb, nextId, type MockDb } from '@mocks/core/mock-db';
import { publish, publishTo } from '@mocks/core/realtime-server';
import { queueStatsOf } from '@mocks/core/queue-views';
import { signedInUsers } from '@mocks/core/sessions';
import type { SeedAgent } from '@mocks/seed/types';
import type { OfferRecord, SeatConversationSettings } from './conversation-tables';
import { appendToThread, recordOf, saveRecord } from './conversation-store';

/**
 * The mock ACD: a queued conversation is offered to the seat `routeQueued` (src/domain) picks; an offer not
 * answered in the policy's time, or declined, moves on (a lapse also puts its seat Not ready: missed); one
 * every seat passed on is offered again after a cool-down; a seat going Not ready has its offers withdrawn,
 * and one signing out hands its conversations back. Re-run whenever room may have opened (an offer ended,
 * a conversation closed, a seat became Ready) and when a cool-down ends.
 */

const offerTimers = new Map<string, ReturnType<typeof setTimeout>>();
let reofferTimer: { at: number; timer: ReturnType<typeof setTimeout> } | null = null;

export function seatSettings(db: MockDb, agentId: string): SeatConversationSettings {
  // A seat added after the seed (a centre loaded for scale) has none stored: the role's default then.
  return db.conversations.settings.get(agentId) ?? { autoAccept: false, capacity: null, lastRoutedAt: null };
}

/** The seat's capacity per channel: its stored one (src/domain's seatCapacity). */
export function capacityOf(db: MockDb, user: SeedAgent) {
  return seatCapacity(seatSettings(db, user.id).capacity, user.role);
}

/** Conversations a seat holds now, by channel. */
export function activeOf(db: MockDb, agentId: string): ConversationRecord[] {
  return [...db.conversations.records.values()].filter((r) => r.agentId === agentId && r.status === 'active');
}

export function openOffersOf(db: MockDb, agentId: string): OfferRecord[] {
  return [...db.conversations.offers.values()].filter((o) => o.agentId === agentId && o.status === 'open');
}

function candidateOf(db: MockDb, user: SeedAgent, now: number): RoutingSeat {
  const settings = seatSettings(db, user.id);
  return routingCandidate(
    {
      user,
      state: currentAgentState(db, user.id),
      capacity: settings.capacity,
      active: activeOf(db, user.id),
      openOffers: openOffersOf(db, user.id).map((o) => o.offer),
      lastRoutedAt: settings.lastRoutedAt,
      autoAccept: settings.autoAccept,
    },
    now,
  );
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
        if (kept?.status === 'open') lapseOffers(db, [kept], db.clock());
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

/**
 * Places a queued conversation on the seat the rule picks (src/domain's routeQueued, then
 * placeConversation: offered, or given outright to a seat with auto-accept); it waits when none may take it.
 */
function routeConversation(db: MockDb, waiting: ConversationRecord, now: number): void {
  if (waiting.status !== 'queued' || !waiting.customerPresent) return;
  const queue = db.queues.get(waiting.queueId);
  if (!queue) return;
  const seats = signedInUsers(db)
    .filter(takesContacts)
    .map((u) => candidateOf(db, u, now));
  const { agentId, newRound } = routeQueued({ queueId: queue.queueId, skill: queue.skill }, waiting.channel, seats, waiting, now);
  // A new round: the passes are forgotten whether or not a seat takes it now.
  const record = newRound ? forgetPasses(waiting) : waiting;
  if (record !== waiting) db.conversations.records.set(record.conversationId, record);
  const seat = seats.find((s) => s.user.id === agentId);
  if (!seat) return;
  const placement = placeConversation(seat, record);
  db.conversations.settings.set(seat.user.id, { ...seatSettings(db, seat.user.id), lastRoutedAt: now });
  if (placement.kind === 'assign') {
    assign(db, placement.record, placement.draft, now);
    return;
  }
  const offer = buildOffer(record, { offerId: nextId(db, 'of'), queueName: queue.name, timeoutSec: db.conversations.policy.offerTimeoutSec }, now);
  db.conversations.offers.set(offer.offerId, { offer, agentId: seat.user.id, status: 'open' });
  db.conversations.records.set(record.conversationId, placement.record);
  publish(seat.user.id, { type: 'conversation.offered', offer });
  armOfferTimer(db, offer);
}

/**
 * Stores an assigned conversation and its "assigned" line; the agent hears the line, then the summary
 * (appendToThread), as from the BFF. Its queue has one fewer waiting.
 */
function assign(db: MockDb, assigned: ConversationRecord, draft: MessageDraft, now: number): ConversationRecord {
  db.conversations.records.set(assigned.conversationId, assigned);
  const after = appendToThread(db, assigned, draft, now).record;
  publishQueueFigures(db, after.queueId);
  return after;
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
  if (!roomToAccept(capacityOf(db, user), countByChannel(activeOf(db, user.id)), kept.offer.channel)) {
    throw new DomainError('capacity_full', `No room for another ${kept.offer.channel} conversation`);
  }
  clearTimeout(offerTimers.get(kept.offer.offerId));
  offerTimers.delete(kept.offer.offerId);
  db.conversations.offers.set(kept.offer.offerId, { ...kept, status: 'accepted' });
  return assign(db, markAssigned(recordOf(db, kept.offer.conversationId), user.id), assignedDraft(user), now);
}

/**
 * An offer ends without being taken: its seat is told, and the conversation goes back to the queue and on
 * to the next seat — unless the customer left, which ended it. Lapsed or declined, that seat passed on it;
 * withdrawn because its agent went Not ready, it did not.
 */
export function endOffer(db: MockDb, kept: OfferRecord, reason: 'timeout' | 'rejected' | 'customer_left' | 'not_ready', now: number, route = true): void {
  clearTimeout(offerTimers.get(kept.offer.offerId));
  offerTimers.delete(kept.offer.offerId);
  const passed = reason === 'timeout' || reason === 'rejected';
  db.conversations.offers.set(kept.offer.offerId, { ...kept, status: passed ? reason : 'withdrawn' });
  publish(kept.agentId, { type: 'conversation.offer_withdrawn', offerId: kept.offer.offerId, conversationId: kept.offer.conversationId, reason });
  if (reason === 'customer_left') return;
  const record = offerEnded(recordOf(db, kept.offer.conversationId), kept.agentId, passed ? reason : 'withdrawn', now, db.conversations.policy.offerTimeoutSec);
  db.conversations.records.set(record.conversationId, record);
  if (route) routeWaiting(db, now);
}

/**
 * Offers whose time ran out lapse: each a pass (endOffer with 'timeout'), then each of their seats goes
 * Not ready for the missed offer (src/domain's stateOnMissedOffer; pending while Busy), which withdraws
 * its other offers; then routing moves the conversations on. The seats are marked after every offer has
 * ended, so no routing in between offers a Ready-for-a-moment seat anything.
 */
function lapseOffers(db: MockDb, lapsed: readonly OfferRecord[], now: number): void {
  for (const kept of lapsed) endOffer(db, kept, 'timeout', now, false);
  for (const agentId of new Set(lapsed.map((kept) => kept.agentId))) {
    saveAgentState(db, stateOnMissedOffer(currentAgentState(db, agentId), now), 'missed_offer');
  }
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
  lapseOffers(db, open, db.clock());
  return open.length;
}

/** Between tests: no timer of an old db fires into a new one. */
export function cancelOfferTimers(): void {
  for (const timer of offerTimers.values()) clearTimeout(timer);
  offerTimers.clear();
  clearTimeout(reofferTimer?.timer);
  reofferTimer = null;
}
