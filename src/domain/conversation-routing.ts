import type { AgentState } from '@/contract/schemas/agent-state';
import type { Channel } from '@/contract/schemas/channel';
import type { ChannelCounts, ConversationChannel } from '@/contract/schemas/conversation';
import type { Role, Skill } from '@/contract/schemas/identity';
import { canTakeOffer, settleAgentState } from './agent-state-machine';
import { markAssigned, markOffered, systemDraft, type ConversationRecord, type MessageDraft } from './conversation-record';
import { takesContacts, type ScopedUser } from './tenant-scope';

/**
 * Who gets a queued contact (ACD): the longest-idle seat that is Ready, serves the queue (a member with its
 * skill) and has room on the contact's channel. One rule for conversations and calls:
 *
 * - a call needs the seat Ready (a call makes it Busy, so it takes one at a time);
 * - a chat, SMS, email or social message counts against the seat's capacity for that channel (held
 *   conversations and offers still open) and leaves it Ready while there is room.
 *
 * "Idle" is since the seat last became Ready or was last given a contact, whichever is later; ties go to
 * the lower agent id so every backend picks the same seat.
 *
 * A conversation is offered to one seat at a time. A seat that lets the offer lapse or declines it has
 * passed: the next seat is offered it (a lapse also puts the seat Not ready: `stateOnMissedOffer`). Once no eligible seat is left that has not passed, it waits out a
 * cool-down after the latest pass (the offer timeout), then its passes are forgotten and a new round
 * starts, the longest-idle seat first (`routeQueued`): with one agent it comes back to that agent, but
 * never at once. A seat that goes Not ready has its offers withdrawn (`withdrawsOffers`), which is no pass.
 */

export const NO_CONVERSATIONS: ChannelCounts = { chat: 0, sms: 0, email: 0, social: 0 };

export interface RoutingCandidate {
  user: ScopedUser & { skills: readonly Skill[] };
  state: AgentState;
  capacity: ChannelCounts;
  /** Conversations in hand plus offers not yet answered, per channel. */
  held: ChannelCounts;
  /** When the seat was last given a contact (epoch ms), if ever. */
  lastRoutedAt: number | null;
}

export interface RoutedQueue {
  queueId: string;
  skill: Skill;
}

export function hasRoom(candidate: Pick<RoutingCandidate, 'capacity' | 'held'>, channel: ConversationChannel): boolean {
  return candidate.held[channel] < candidate.capacity[channel];
}

export function idleSince(candidate: Pick<RoutingCandidate, 'state' | 'lastRoutedAt'>): number {
  return Math.max(Date.parse(candidate.state.since), candidate.lastRoutedAt ?? -Infinity);
}

/** True when the seat may be offered a contact of this queue and channel now. */
export function eligible(candidate: RoutingCandidate, queue: RoutedQueue, channel: Channel): boolean {
  const { user } = candidate;
  if (!takesContacts(user) || !user.queueIds.includes(queue.queueId) || !user.skills.includes(queue.skill)) return false;
  return canTakeOffer(candidate.state, channel, channel === 'voice' || hasRoom(candidate, channel));
}

/** The seats in the order they would be offered the contact (skipped ones left out). */
export function rankCandidates(queue: RoutedQueue, channel: Channel, candidates: readonly RoutingCandidate[], skipped: readonly string[] = []): RoutingCandidate[] {
  return candidates
    .filter((c) => !skipped.includes(c.user.id) && eligible(c, queue, channel))
    .sort((a, b) => idleSince(a) - idleSince(b) || (a.user.id < b.user.id ? -1 : a.user.id > b.user.id ? 1 : 0));
}

/** The seat to offer the contact to; null when none may take it now (it waits in the queue). */
export function chooseAgent(queue: RoutedQueue, channel: Channel, candidates: readonly RoutingCandidate[], skipped: readonly string[] = []): string | null {
  return rankCandidates(queue, channel, candidates, skipped)[0]?.user.id ?? null;
}

/** When the conversation's passes may be forgotten (epoch ms); null when it has none. */
export function reofferTime(passes: Pick<ConversationRecord, 'skipped' | 'reofferAt'>): number | null {
  if (passes.skipped.length === 0) return null;
  // Passes kept before their time was (a store written by an older server): due already.
  return passes.reofferAt ? Date.parse(passes.reofferAt) : -Infinity;
}

export interface RoutingChoice {
  /** The seat to offer it to; null: it waits. */
  agentId: string | null;
  /** A new offer round: its passes are forgotten (and saved so), whether or not a seat takes it now. */
  newRound: boolean;
}

/**
 * Who is offered a waiting conversation now: the longest-idle eligible seat that has not passed on it;
 * none left, and the cool-down after the latest pass over, a new round among every eligible seat. Before
 * the cool-down ends it waits (the caller tries again at `reofferTime`), so a seat that just declined is
 * not offered it straight back.
 */
export function routeQueued(
  queue: RoutedQueue,
  channel: ConversationChannel,
  candidates: readonly RoutingCandidate[],
  passes: Pick<ConversationRecord, 'skipped' | 'reofferAt'>,
  now: number,
): RoutingChoice {
  const next = chooseAgent(queue, channel, candidates, passes.skipped);
  if (next) return { agentId: next, newRound: false };
  const reofferAt = reofferTime(passes);
  if (reofferAt === null || now < reofferAt) return { agentId: null, newRound: false };
  return { agentId: chooseAgent(queue, channel, candidates), newRound: true };
}

/**
 * Whether a seat's open conversation offers are withdrawn in this state: when its agent is Not ready, or
 * has asked to be once the call ends (they stepped away: the conversation goes on to the next seat at
 * once, and it is no pass). Busy on a call and after-call work keep them: a conversation is taken beside
 * a call, and the seat's room on the channel (checked on accept) decides. Signing out (Offline) withdraws
 * them with the conversations in hand.
 */
export function withdrawsOffers(state: Pick<AgentState, 'status' | 'pending'>): boolean {
  return state.status === 'not_ready' || state.pending?.status === 'not_ready';
}

/** A seat's conversations per channel, counted from what it holds. */
export function countByChannel(items: Iterable<{ channel: ConversationChannel }>): ChannelCounts {
  const counts = { ...NO_CONVERSATIONS };
  for (const item of items) counts[item.channel]++;
  return counts;
}

/** Accepting needs room for one more of the channel among the conversations already held (offers aside). */
export function roomToAccept(capacity: ChannelCounts, active: ChannelCounts, channel: ConversationChannel): boolean {
  return active[channel] < capacity[channel];
}

/** What an agent may hold at once, by role: experts take fewer, their cases are longer. */
export function defaultCapacity(role: Role): ChannelCounts {
  if (role === 'agent') return { chat: 3, sms: 5, email: 5, social: 3 };
  if (role === 'expert') return { chat: 2, sms: 3, email: 3, social: 2 };
  return { ...NO_CONVERSATIONS };
}

/**
 * A seat's capacity: the one stored for it (seeded per agent, a team lead's to set), else its role's
 * default (a seat the store has no settings for yet).
 */
export function seatCapacity(stored: ChannelCounts | null | undefined, role: Role): ChannelCounts {
  return stored ?? defaultCapacity(role);
}

/** A seat as routing places conversations on it: a candidate, plus what placing needs. */
export interface RoutingSeat extends RoutingCandidate {
  user: RoutingCandidate['user'] & { displayName: string };
  /** Conversations in hand (offers aside): what auto-accepting needs room among. */
  active: ChannelCounts;
  autoAccept: boolean;
}

/** What a backend knows of a seat, as it stores it. */
export interface SeatInputs {
  user: RoutingSeat['user'];
  state: AgentState;
  /** The seat's stored capacity; null when it has none stored (the role's default then). */
  capacity: ChannelCounts | null;
  /** Conversations in hand. */
  active: Iterable<{ channel: ConversationChannel }>;
  /** Offers sent to it and not yet answered. */
  openOffers: Iterable<{ channel: ConversationChannel }>;
  lastRoutedAt: number | null;
  autoAccept: boolean;
}

/**
 * The seat's routing figures, built alike by every backend: its state as of `now` (after-call work whose
 * time is up counts as Ready, whether or not the store saved that yet), its capacity (`seatCapacity`), what
 * it holds, and since when it is idle.
 */
export function routingCandidate(input: SeatInputs, now: number): RoutingSeat {
  const active = [...input.active];
  return {
    user: input.user,
    state: settleAgentState(input.state, now),
    capacity: seatCapacity(input.capacity, input.user.role),
    held: countByChannel([...active, ...input.openOffers]),
    active: countByChannel(active),
    lastRoutedAt: input.lastRoutedAt,
    autoAccept: input.autoAccept,
  };
}

/**
 * Where a routed conversation goes on its seat. A seat with auto-accept and room among the conversations
 * it holds is given it outright: assigned, with the thread's "assigned" line, and no offer (nothing was
 * put to the agent: no offer row, no `conversation.offered`). Otherwise it is offered: the caller builds
 * the offer (`buildOffer`), stores it open and tells the seat.
 */
export type Placement =
  | { kind: 'offer'; agentId: string; record: ConversationRecord }
  | { kind: 'assign'; agentId: string; record: ConversationRecord; draft: MessageDraft };

export function placeConversation(seat: RoutingSeat, waiting: ConversationRecord): Placement {
  const agentId = seat.user.id;
  if (seat.autoAccept && roomToAccept(seat.capacity, seat.active, waiting.channel)) {
    return { kind: 'assign', agentId, record: markAssigned(waiting, agentId), draft: assignedDraft(seat.user) };
  }
  return { kind: 'offer', agentId, record: markOffered(waiting) };
}

/** The thread's line when a seat takes a conversation (accepted, or auto-accepted). */
export function assignedDraft(agent: { id: string; displayName: string }): MessageDraft {
  return systemDraft('assigned', { agent: agent.displayName, agentId: agent.id });
}

/**
 * The seat after a placement, for the next conversation of the same round: one more held (and in hand,
 * when assigned), idle from now.
 */
export function afterPlacement(seat: RoutingSeat, placement: Placement, now: number): RoutingSeat {
  const channel = placement.record.channel;
  return {
    ...seat,
    held: { ...seat.held, [channel]: seat.held[channel] + 1 },
    active: placement.kind === 'assign' ? { ...seat.active, [channel]: seat.active[channel] + 1 } : seat.active,
    lastRoutedAt: now,
  };
}

/** An offer not answered by its `expiresAt` moves on (offerEnded with 'timeout', then chooseAgent again). */
export function offerExpired(offer: { expiresAt: string }, now: number): boolean {
  return now >= Date.parse(offer.expiresAt);
}
