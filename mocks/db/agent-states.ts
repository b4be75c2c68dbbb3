import type { AgentState, AgentStatus, NotReadyReason } from '@/contract/schemas/agent-state';
import type { MockDb } from './mock-db';

export function getAgentState(db: MockDb, agentId: string): AgentState {
  const state = db.agentStates.get(agentId);
  if (!state) throw new Error(`No agent state for ${agentId}`);
  return state;
}

/**
 * Moves a seat to a new status. Re-sending the current status and reason changes nothing (not even
 * `since`), so a retried request does not restart the agent's timer.
 */
export function putAgentState(db: MockDb, agentId: string, status: AgentStatus, reason: NotReadyReason | null): AgentState {
  const current = getAgentState(db, agentId);
  if (current.status === status && current.reason === reason) return current;
  const next: AgentState = {
    agentId,
    status,
    reason: status === 'not_ready' ? reason : null,
    since: new Date(db.clock()).toISOString(),
    version: current.version + 1,
  };
  db.agentStates.set(agentId, next);
  return next;
}
