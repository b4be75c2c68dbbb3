import type { Channel } from '@/contract/schemas/channel';
import { systemNotReadyReasons, type AgentState, type AgentStateChange, type AgentStatus, type NotReadyReason } from '@/contract/schemas/agent-state';
import { DomainError } from './domain-error';

/**
 * The seat's state machine (示闲 / 示忙 / 忙碌 / 话后处理 / 离线), one set of rules for the mocks and the BFF:
 *
 *   offline ──sign-in──▶ not_ready (no reason) ◀──▶ ready          (the agent)
 *   ready | not_ready | after_call_work ──contact starts──▶ busy    (the desktop reports a call)
 *   busy ──last contact ends──▶ after_call_work for the queue's time ──▶ ready, or what the agent asked
 *   any ──last session ends──▶ offline
 *
 * While Busy the agent's choice is kept as `pending` (Not ready for a break after this call), never
 * applied mid-call; asking for after-call work while Busy is a conflict.
 */

function stamp(current: AgentState, next: Omit<AgentState, 'agentId' | 'version' | 'since'>, now: number): AgentState {
  const same =
    current.status === next.status &&
    current.reason === next.reason &&
    current.acwEndsAt === next.acwEndsAt &&
    current.contacts.length === next.contacts.length &&
    current.contacts.every((c, i) => c === next.contacts[i]) &&
    JSON.stringify(current.pending) === JSON.stringify(next.pending);
  if (same) return current;
  // `since` is when the status began: a new contact on a Busy seat, or a pending choice, keeps the timer.
  const since = current.status === next.status && current.reason === next.reason ? current.since : new Date(now).toISOString();
  return { agentId: current.agentId, ...next, since, version: current.version + 1 };
}

/** A fresh seat as a store creates it. */
export function initialAgentState(agentId: string, status: AgentStatus, reason: NotReadyReason | null, since: string): AgentState {
  return { agentId, status, reason: status === 'not_ready' ? reason : null, since, version: 1, contacts: [], pending: null, acwEndsAt: null };
}

/** Moves a seat to an idle status (not busy), clearing what belonged to a contact. */
export function moveAgentState(current: AgentState, status: Exclude<AgentStatus, 'busy'>, reason: NotReadyReason | null, now: number): AgentState {
  return stamp(current, { status, reason: status === 'not_ready' ? reason : null, contacts: [], pending: null, acwEndsAt: null }, now);
}

/** Reads `If-Match` as the version the client last saw; quotes (an ETag habit) are tolerated. */
function versionOf(ifMatch: string): string {
  return ifMatch.trim().replace(/^W\//, '').replace(/"/g, '');
}

function conflict(current: AgentState, message: string): DomainError {
  return new DomainError('state_conflict', message, { details: { current } });
}

/**
 * What the agent asked for (PUT /api/agent/state), checked: a reason goes with not_ready only, a stale
 * `If-Match` is a conflict carrying the current state, and while Busy the choice waits for the call's end.
 */
export function requestAgentState(current: AgentState, change: AgentStateChange, ifMatch: string | null, now: number): AgentState {
  const reason = change.reason ?? null;
  if (reason !== null && change.status !== 'not_ready') {
    throw new DomainError('invalid_reason', `A reason only goes with not_ready, not ${change.status}`, { details: { reason } });
  }
  if (ifMatch !== null && versionOf(ifMatch) !== String(current.version)) throw conflict(current, 'The agent state changed since it was read');
  if (current.status === 'offline') throw conflict(current, 'An offline seat changes state by signing in');
  if (current.status === 'busy') {
    if (change.status === 'after_call_work') throw conflict(current, 'After-call work starts when the contact ends');
    const pending = change.status === 'ready' ? null : { status: 'not_ready' as const, reason };
    return stamp(current, { ...current, pending }, now);
  }
  return moveAgentState(current, change.status, reason, now);
}

/** True for a reason only the desktop sets (the phone is down, no microphone). */
export function isSystemReason(reason: NotReadyReason | null): boolean {
  return !!reason && (systemNotReadyReasons as readonly string[]).includes(reason);
}

/**
 * A contact started (a call answered or dialled): Busy. What the agent had chosen before comes back after
 * the contact (a Not ready seat that takes a call returns to Not ready), unless they choose otherwise.
 * Reporting the same contact twice changes nothing.
 */
export function startContact(current: AgentState, contactId: string, now: number): AgentState {
  if (current.contacts.includes(contactId)) return current;
  if (current.status === 'offline') throw conflict(current, 'An offline seat takes no contact');
  const pending =
    current.status === 'busy' ? current.pending : current.status === 'not_ready' ? { status: 'not_ready' as const, reason: current.reason } : null;
  return stamp(current, { status: 'busy', reason: null, contacts: [...current.contacts, contactId], pending, acwEndsAt: null }, now);
}

/**
 * A contact ended. With others still open the seat stays Busy; after the last, after-call work for the
 * queue's time (`acwSeconds`; 0 goes straight on). Ending a contact the seat does not have changes nothing.
 */
export function endContact(current: AgentState, contactId: string, acwSeconds: number, now: number): AgentState {
  if (!current.contacts.includes(contactId)) return current;
  const contacts = current.contacts.filter((c) => c !== contactId);
  if (contacts.length > 0) return stamp(current, { ...current, contacts }, now);
  const ended = stamp(current, { status: 'after_call_work', reason: null, contacts, pending: current.pending, acwEndsAt: new Date(now + acwSeconds * 1000).toISOString() }, now);
  return acwSeconds <= 0 ? settleAgentState(ended, now) : ended;
}

/** After-call work whose time is up ends: Ready, or what the agent asked for during the contact. */
export function settleAgentState(current: AgentState, now: number): AgentState {
  if (current.status !== 'after_call_work' || current.acwEndsAt === null || Date.parse(current.acwEndsAt) > now) return current;
  const next = current.pending ?? { status: 'ready' as const, reason: null };
  return moveAgentState(current, next.status, next.reason, now);
}

/** When a seat's state changes by itself next (its after-call work ends); null when it will not. */
export function nextSettleAt(current: AgentState): number | null {
  return current.status === 'after_call_work' && current.acwEndsAt ? Date.parse(current.acwEndsAt) : null;
}

/**
 * An offer lapsed unanswered (not declined, not withdrawn): the agent is probably away from the desk, so
 * the seat goes Not ready with the system reason `missed_offer` and gets no more offers until the agent
 * chooses Ready again (Amazon Connect's "Missed", 振铃超时自动示忙). As with a Not ready the agent asks
 * for, a seat Busy on a call or in after-call work keeps it `pending`, applied when that ends: the agent is
 * at the desk finishing a contact, and cutting the call's state or wrap-up short would be wrong. A seat
 * already Not ready (or asked to be after the call), or offline, keeps what it has: the agent's own
 * reason says more than ours.
 */
export function stateOnMissedOffer(current: AgentState, now: number): AgentState {
  const missed = { status: 'not_ready' as const, reason: 'missed_offer' as const };
  if (current.status === 'ready') return moveAgentState(current, missed.status, missed.reason, now);
  if ((current.status === 'busy' || current.status === 'after_call_work') && current.pending?.status !== 'not_ready') {
    return stamp(current, { ...current, pending: missed }, now);
  }
  return current;
}

/** A seat that signs in starts Not ready (示忙) until the agent chooses Ready; a seat already in use keeps its state. */
export function stateOnSignIn(current: AgentState, now: number): AgentState {
  return current.status === 'offline' ? moveAgentState(current, 'not_ready', null, now) : current;
}

/** The last session of a seat ending takes it offline; another tab or device still signed in keeps it. */
export function stateOnSignOut(current: AgentState, stillSignedIn: boolean, now: number): AgentState {
  return stillSignedIn ? current : moveAgentState(current, 'offline', null, now);
}

/**
 * Offers go only to a seat that is Ready. A call makes the seat Busy, so it takes one at a time; a
 * conversation (chat, SMS, email, social) leaves it Ready and is limited by the seat's room on that channel
 * instead (`hasRoom`, from conversation-routing.ts): a seat with no room left on a channel gets no offer of it.
 */
export function canTakeOffer(state: AgentState, channel: Channel = 'voice', hasRoom = true): boolean {
  return state.status === 'ready' && (channel === 'voice' || hasRoom);
}
