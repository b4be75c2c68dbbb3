import { sql } from 'drizzle-orm';
import { buildOffer, forgetPasses, type ConversationPolicy, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { afterPlacement, placeConversation, routeQueued, routingCandidate, type RoutingSeat } from '@/domain/conversation-routing';
import { takesContacts } from '@/domain/tenant-scope';
import { listAgentStates } from '../store/agent-state-queries';
import { activeConversationsOf, lockQueuedConversations, pendingConversationWork, saveConversation } from '../store/conversation-queries';
import { setLastRoutedAt, settingsOf } from '../store/conversation-settings-queries';
import { nextId } from '../store/misc-queries';
import { insertOffer, openOfferCounts } from '../store/offer-queries';
import type { Db } from '../store/open-store';
import { listQueues } from '../store/queue-queries';
import { signedInUsers } from '../store/session-queries';
import { appendToThread } from './append-to-thread';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';
import { announceQueueFigures } from './announce-queue-figures';

/** Held across instances while a routing round runs: two rounds never offer one seat's last room twice. */
const ROUTING_LOCK = 4201140;

async function seatsFor(tx: Db, now: number): Promise<RoutingSeat[]> {
  const users = (await signedInUsers(tx, now)).filter(takesContacts);
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  // One after another: a transaction is one connection, and node-postgres queues (and deprecates) overlapping queries on it.
  const states = await listAgentStates(tx);
  const settings = await settingsOf(tx, ids);
  const active = await activeConversationsOf(tx, ids);
  const offers = await openOfferCounts(tx, ids);
  const stateOf = new Map(states.map((s) => [s.agentId, s]));
  return users.flatMap((user) => {
    const state = stateOf.get(user.id);
    if (!state) return [];
    const setting = settings.get(user.id);
    const seat = {
      user,
      state,
      capacity: setting?.capacity ?? null,
      active: active.filter((c) => c.agentId === user.id),
      openOffers: offers.filter((o) => o.agentId === user.id),
      lastRoutedAt: setting?.lastRoutedAt ?? null,
      autoAccept: setting?.autoAccept ?? false,
    };
    return [routingCandidate(seat, now)];
  });
}

/**
 * Stores a conversation assigned to a seat (accepted, or auto-accepted: src/domain's markAssigned, or
 * placeConversation) with the thread's "assigned" line. Runs inside the caller's transaction with the
 * conversation locked.
 */
export async function assignConversation(tx: Db, assigned: ConversationRecord, draft: MessageDraft, now: number, outbox: ConversationOutbox): Promise<ConversationRecord> {
  const { record: after } = await appendToThread(tx, assigned, draft, now, outbox);
  outbox.conversation(after);
  return after;
}

/**
 * One routing round: each waiting conversation, longest waiting first, is offered to the longest-idle
 * Ready seat with the queue's skill and room on its channel that has not passed on it (the domain's
 * routeQueued) — or, when that seat auto-accepts and has room, given to it outright (placeConversation).
 * Every such seat passed and the cool-down is over: its passes are forgotten and a new round starts.
 * Nobody fits: it keeps waiting.
 */
export async function routeWaiting(deps: BffDeps): Promise<void> {
  const now = deps.now();
  if (!(await pendingConversationWork(deps.db, now)).queued) return;
  const policy = await conversationPolicy(deps);
  const outbox = new ConversationOutbox(policy);
  const touchedQueues = new Set<string>();
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${ROUTING_LOCK})`);
    const queued = await lockQueuedConversations(tx);
    if (queued.length === 0) return;
    // Even with no seat signed in: a cool-down that ended forgets its passes (else the timer asks every tick).
    const seats = await seatsFor(tx, now);
    const queues = new Map((await listQueues(tx)).map((q) => [q.queueId, q]));
    for (const waiting of queued) {
      const queue = queues.get(waiting.queueId);
      if (!queue) continue;
      const { agentId, newRound } = routeQueued(queue, waiting.channel, seats, waiting, now);
      const record = newRound ? forgetPasses(waiting) : waiting;
      const index = seats.findIndex((s) => s.user.id === agentId);
      const seat = seats[index];
      if (!seat) {
        if (record !== waiting) await saveConversation(tx, record);
        continue;
      }
      touchedQueues.add(queue.queueId);
      const placement = placeConversation(seat, record);
      // Its room and idle time change before the next conversation of this round is placed.
      seats[index] = afterPlacement(seat, placement, now);
      await setLastRoutedAt(tx, seat.user.id, now);
      if (placement.kind === 'assign') await assignConversation(tx, placement.record, placement.draft, now, outbox);
      else await offerTo(tx, record, placement.record, seat.user.id, queue.name, policy, now, outbox);
    }
  });
  await outbox.flush(deps);
  await announceQueueFigures(deps, touchedQueues);
}

async function offerTo(tx: Db, waiting: ConversationRecord, offered: ConversationRecord, agentId: string, queueName: string, policy: ConversationPolicy, now: number, outbox: ConversationOutbox): Promise<void> {
  const offer = buildOffer(waiting, { offerId: await nextId(tx, 'co'), queueName, timeoutSec: policy.offerTimeoutSec }, now);
  await insertOffer(tx, agentId, offer);
  await saveConversation(tx, offered);
  outbox.add([agentId], { type: 'conversation.offered', offer });
}

let warnedAt = -Infinity;
const rounds = new WeakMap<BffDeps, { running: Promise<void> | null; again: boolean; failed: boolean }>();

/**
 * Asks for a routing round soon. Rounds of one instance run one after another, and asks that arrive while
 * one runs are folded into a single next round; the answer resolves when the round covering this ask ends.
 */
export function kickRouting(deps: BffDeps): Promise<void> {
  let state = rounds.get(deps);
  if (!state) rounds.set(deps, (state = { running: null, again: false, failed: false }));
  const current = state;
  if (current.running) {
    current.again = true;
    return current.running;
  }
  const run = async (): Promise<void> => {
    do {
      current.again = false;
      try {
        await routeWaiting(deps);
        current.failed = false;
      } catch (error) {
        current.failed = true;
        // A failed round is retried by the next tick; the store down would fail each: a line a minute.
        if (Date.now() - warnedAt > 60_000) {
          warnedAt = Date.now();
          console.warn('[routing] a round failed:', error instanceof Error ? error.message : error);
        }
      }
    } while (current.again);
    current.running = null;
  };
  current.running = run();
  return current.running;
}

/**
 * Whether this instance's last round failed (the store was down): the timer then tries again. Routing is
 * otherwise driven by what changes who may take what (a customer writing in, a seat turning Ready, an offer
 * ending, a close, a cool-down after passes ending), as in the mocks — never by the clock alone, which
 * would offer a seat a conversation in the moment between its sign-in and its socket opening, an offer
 * that tab then never hears of.
 */
export function lastRoundFailed(deps: BffDeps): boolean {
  return rounds.get(deps)?.failed ?? false;
}

/** Resolves when no routing round of this instance is running (closing waits for it). */
export async function routingIdle(deps: BffDeps): Promise<void> {
  await rounds.get(deps)?.running;
}
