import type { AgentState } from '@/contract/schemas/agent-state';
import type { Channel } from '@/contract/schemas/channel';
import type { ChannelCounts, ConversationChannel } from '@/contract/schemas/conversation';
import type { Skill } from '@/contract/schemas/identity';
import { canTakeOffer } from './agent-state-machine';
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
export function defaultCapacity(role: 'agent' | 'expert' | 'supervisor' | 'admin'): ChannelCounts {
  if (role === 'agent') return { chat: 3, sms: 5, email: 5, social: 3 };
  if (role === 'expert') return { chat: 2, sms: 3, email: 3, social: 2 };
  return { ...NO_CONVERSATIONS };
}

/** An offer not answered by its `expiresAt` moves on (offerEnded with 'timeout', then chooseAgent again). */
export function offerExpired(offer: { expiresAt: string }, now: number): boolean {
  return now >= Date.parse(offer.expiresAt);
}
