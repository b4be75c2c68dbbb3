import type { AgentState } from '@/contract/schemas/agent-state';
import { nextSettleAt, settleAgentState } from '@/domain/agent-state-machine';
import { auditEntry, stateChangeDetails } from '@/domain/audit-entry';
import { agentStateAudience, queueStatsAudience } from '@/domain/event-audience';
import { getMockDb, nextId, type MockDb } from '@mocks/core/mock-db';
import { agentStateOf, queueStatsOf } from '@mocks/core/queue-views';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';

/** Why a seat's state changed, for the audit log. */
export type StateChangeCause = 'agent' | 'contact' | 'policy' | 'missed_offer' | 'sign_in' | 'sign_out';

const settleTimers = new Map<string, ReturnType<typeof setTimeout>>();

type SeatStateListener = (db: MockDb, state: AgentState) => void;
const seatStateListeners = new Set<SeatStateListener>();

/**
 * Another feature's mocks follow seat states (a seat turning Ready may take a waiting conversation) without
 * this module knowing them. Returns an unsubscribe.
 */
export function onSeatStateSaved(listener: SeatStateListener): () => void {
  seatStateListeners.add(listener);
  return () => seatStateListeners.delete(listener);
}

/** A seat's state as of now: after-call work whose time is up has ended (and is saved, announced). */
export function currentAgentState(db: MockDb, agentId: string): AgentState {
  const state = agentStateOf(db, agentId);
  const settled = settleAgentState(state, db.clock());
  return settled === state ? state : saveAgentState(db, settled, 'policy');
}

/**
 * Stores a seat's new state and, when it changed, tells everyone who cares (the seat's tabs, its centre's
 * team leads: the presence row and the figures of the seat's queues), audits it, and arms the end of
 * after-call work.
 */
export function saveAgentState(db: MockDb, next: AgentState, cause: StateChangeCause): AgentState {
  const previous = db.agentStates.get(next.agentId);
  if (!previous || previous === next) return next;
  db.agentStates.set(next.agentId, next);
  const user = db.users.get(next.agentId);
  if (!user) return next;
  const changed = stateChangeDetails(previous, next);
  if (changed && cause !== 'sign_in' && cause !== 'sign_out') {
    db.audit.push(auditEntry(nextId(db, 'au'), 'agent_state_changed', user, { ...changed, cause }, db.clock()));
  }
  const signedIn = signedInUsers(db);
  publishTo(agentStateAudience(user, signedIn), { type: 'agent.state_changed', state: next });
  scheduleSettle(db, next);
  for (const listener of seatStateListeners) listener(db, next);
  if (user.role !== 'agent' && user.role !== 'expert') return next;
  for (const queueId of user.queueIds) {
    const queue = db.queues.get(queueId);
    if (queue) publishTo(queueStatsAudience(queue, signedIn), { type: 'queue.stats_updated', queue: queueStatsOf(db, queueId) });
  }
  return next;
}

/** The server ends after-call work by itself at its time, so a team lead sees it without anyone asking. */
function scheduleSettle(db: MockDb, state: AgentState): void {
  clearTimeout(settleTimers.get(state.agentId));
  settleTimers.delete(state.agentId);
  const at = nextSettleAt(state);
  if (at === null) return;
  settleTimers.set(
    state.agentId,
    setTimeout(() => {
      settleTimers.delete(state.agentId);
      // A reset between arming and firing leaves this db behind: nothing to do.
      if (getMockDb() === db) currentAgentState(db, state.agentId);
    }, Math.max(0, at - db.clock()) + 5),
  );
}

/** Between tests: no timer of an old db fires into a new one. */
export function cancelSettleTimers(): void {
  for (const timer of settleTimers.values()) clearTimeout(timer);
  settleTimers.clear();
}
