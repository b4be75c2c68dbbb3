import type { AgentState } from '@/contract/schemas/agent-state';
import type { AgentPresence, QueueStats, SupervisorOverview } from '@/contract/schemas/queue';

/** What an `agent.state_changed` event changes on the board. */
export type AgentStatePatch = Pick<AgentState, 'agentId' | 'status' | 'reason' | 'since'>;

// Row positions by id, per rows array. A patched copy keeps its source's order, so it inherits the source's
// index: the Map is built once per server snapshot, and each event costs a lookup instead of a scan.
const positions = new WeakMap<readonly unknown[], Map<string, number>>();

function positionsOf<T>(rows: readonly T[], idOf: (row: T) => string): Map<string, number> {
  let index = positions.get(rows);
  if (!index) {
    index = new Map(rows.map((row, i) => [idOf(row), i]));
    positions.set(rows, index);
  }
  return index;
}

/** Replaces the patched rows of a copy; unpatched rows keep their identity, so their memoised rows skip rendering. */
function patchRows<T, P>(rows: T[], patches: ReadonlyMap<string, P>, idOf: (row: T) => string, apply: (row: T, patch: P) => T): T[] {
  if (patches.size === 0) return rows;
  const index = positionsOf(rows, idOf);
  let next: T[] | null = null;
  for (const [id, patch] of patches) {
    const i = index.get(id);
    // Not on this board (a seat added since the snapshot): the next fetch brings it.
    if (i === undefined) continue;
    const current = (next ?? rows)[i] as T;
    const updated = apply(current, patch);
    if (updated === current) continue;
    next ??= rows.slice();
    next[i] = updated;
  }
  if (!next) return rows;
  positions.set(next, index);
  return next;
}

function applyAgentState(row: AgentPresence, state: AgentStatePatch): AgentPresence {
  // A state older than the row's must not win: the row may come from a snapshot fetched after the event.
  if (Date.parse(state.since) < Date.parse(row.since)) return row;
  if (row.status === state.status && row.reason === state.reason && row.since === state.since) return row;
  return { ...row, status: state.status, reason: state.reason, since: state.since };
}

const replaceQueue = (_row: QueueStats, queue: QueueStats) => queue;

/** The board with a frame's worth of seat states and queue figures applied; the same object when nothing changed. */
export function patchOverview(
  overview: SupervisorOverview,
  agents: ReadonlyMap<string, AgentStatePatch>,
  queues: ReadonlyMap<string, QueueStats>,
): SupervisorOverview {
  const nextAgents = patchRows(overview.agents, agents, (a) => a.agentId, applyAgentState);
  const nextQueues = patchRows(overview.queues, queues, (q) => q.queueId, replaceQueue);
  if (nextAgents === overview.agents && nextQueues === overview.queues) return overview;
  return { ...overview, agents: nextAgents, queues: nextQueues };
}
