import type { AgentState } from '@/contract/schemas/agent-state';
import { settleAgentState } from '@/domain/agent-state-machine';
import { auditEntry, stateChangeDetails } from '@/domain/audit-entry';
import { withdrawsOffers } from '@/domain/conversation-routing';
import { agentStateAudience, queueStatsAudience } from '@/domain/event-audience';
import { appendAudit } from '../store/audit-queries';
import { changeAgentState, dueAfterCallWork, getAgentState } from '../store/agent-state-queries';
import { nextId } from '../store/misc-queries';
import { getQueue } from '../store/queue-queries';
import { signedInUsers } from '../store/session-queries';
import { findUser } from '../store/user-queries';
import type { BffDeps } from './bff-deps';
import { withdrawOffersOnNotReady } from './conversation-offers';
import { kickRouting } from './conversation-routing';
import { publishEvents } from './publish-events';
import { queueStatsOf } from './queue-views';

export type StateChangeCause = 'agent' | 'contact' | 'policy' | 'missed_offer' | 'sign_in' | 'sign_out';

/**
 * Applies a rule to a seat's state (under the store's optimistic lock) and, when it changed, audits it and
 * tells the seat's tabs and its centre's team leads (the presence row and its queues' figures). Only the
 * instance whose update won announces, so an event is published once however many instances race.
 */
export async function applyAgentState(deps: BffDeps, agentId: string, rule: (current: AgentState) => AgentState, cause: StateChangeCause): Promise<AgentState> {
  const now = deps.now();
  const { before, after } = await changeAgentState(deps.db, agentId, (current) => rule(settleAgentState(current, now)));
  if (before === after) return after;
  const user = await findUser(deps.db, agentId);
  if (!user) return after;
  const changed = stateChangeDetails(before, after);
  if (changed && cause !== 'sign_in' && cause !== 'sign_out') {
    await appendAudit(deps.db, auditEntry(await nextId(deps.db, 'au'), 'agent_state_changed', user, { ...changed, cause }, now));
  }
  const signedIn = await signedInUsers(deps.db, now);
  await publishEvents(deps, agentStateAudience(user, signedIn), { type: 'agent.state_changed', state: after });
  // A seat that became Ready may take what waits (not awaited: the change is answered first). One that went
  // Not ready gives its offers up before the answer (they leave its desktop at once), to the next seat.
  if (after.status === 'ready') void kickRouting(deps);
  else if (withdrawsOffers(after) && (await withdrawOffersOnNotReady(deps, agentId)) > 0) void kickRouting(deps);
  if (user.role === 'agent' || user.role === 'expert') {
    for (const queueId of user.queueIds) {
      const queue = await getQueue(deps.db, queueId);
      const stats = queue ? await queueStatsOf(deps.db, queueId, now) : null;
      if (queue && stats) await publishEvents(deps, queueStatsAudience(queue, signedIn), { type: 'queue.stats_updated', queue: stats });
    }
  }
  return after;
}

/** A seat's state as of now: after-call work whose time is up has ended (saved and announced). */
export async function currentAgentState(deps: BffDeps, agentId: string): Promise<AgentState> {
  const state = await getAgentState(deps.db, agentId);
  if (!state) throw new Error(`No agent state for ${agentId}`);
  const settled = settleAgentState(state, deps.now());
  return settled === state ? state : applyAgentState(deps, agentId, (s) => s, 'policy');
}

/** Ends every after-call work that is due; the server does it by itself, so team leads see it happen. */
export async function settleDueAgentStates(deps: BffDeps): Promise<void> {
  for (const agentId of await dueAfterCallWork(deps.db, deps.now())) await applyAgentState(deps, agentId, (s) => s, 'policy');
}
