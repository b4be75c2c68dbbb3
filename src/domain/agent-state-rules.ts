import type { AgentState, AgentStateChange, AgentStatus, NotReadyReason } from '@/contract/schemas/agent-state';
import { DomainError } from './domain-error';

/**
 * Moves a seat to a status. Re-sending the current status and reason changes nothing (not even `since`),
 * so a retried request does not restart the agent's timer; anything else bumps the version.
 */
export function moveAgentState(current: AgentState, status: AgentStatus, reason: NotReadyReason | null, now: number): AgentState {
  const nextReason = status === 'not_ready' ? reason : null;
  if (current.status === status && current.reason === nextReason) return current;
  return { agentId: current.agentId, status, reason: nextReason, since: new Date(now).toISOString(), version: current.version + 1 };
}

/** Reads `If-Match` as the version the client last saw; quotes (an ETag habit) are tolerated. */
function versionOf(ifMatch: string): string {
  return ifMatch.trim().replace(/^W\//, '').replace(/"/g, '');
}

/**
 * What the agent asked for (PUT /api/agent/state), checked: a reason goes with not_ready only, and a stale
 * `If-Match` version is a conflict that carries the current state so the desktop can show it.
 */
export function requestAgentState(current: AgentState, change: AgentStateChange, ifMatch: string | null, now: number): AgentState {
  const reason = change.reason ?? null;
  if (reason !== null && change.status !== 'not_ready') {
    throw new DomainError('invalid_reason', `A reason only goes with not_ready, not ${change.status}`, { details: { reason } });
  }
  if (ifMatch !== null && versionOf(ifMatch) !== String(current.version)) {
    throw new DomainError('state_conflict', 'The agent state changed since it was read', { details: { current } });
  }
  return moveAgentState(current, change.status, reason, now);
}

/** A seat that signs in starts Not ready (示忙) until the agent chooses Ready; a seat already in use keeps its state. */
export function stateOnSignIn(current: AgentState, now: number): AgentState {
  return current.status === 'offline' ? moveAgentState(current, 'not_ready', null, now) : current;
}

/** The last session of a seat ending takes it offline; another tab or device still signed in keeps it. */
export function stateOnSignOut(current: AgentState, stillSignedIn: boolean, now: number): AgentState {
  return stillSignedIn ? current : moveAgentState(current, 'offline', null, now);
}
