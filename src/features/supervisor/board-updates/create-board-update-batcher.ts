import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { RealtimeEventOf } from '@/contract/events';
import type { QueueStats } from '@/contract/schemas/queue';
import { supervisorOverviewQueryOptions } from '../api/get-supervisor-overview';
import { boardPaintProbe, type BoardPaintProbe, type ProbedEvent } from './board-paint-probe';
import { patchOverview, type AgentStatePatch } from './patch-overview';

export type BoardEvent = RealtimeEventOf<'agent.state_changed'> | RealtimeEventOf<'queue.stats_updated'>;

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export interface BoardUpdateBatcher {
  receive(event: BoardEvent): void;
  /** After a resync: what was seen before no longer counts against the snapshot about to be fetched. */
  forget(): void;
  dispose(): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * Collects the board's events and applies them to the query cache once per animation frame: a floor of
 * a thousand seats sends hundreds of events a second, and the screen cannot show more than a frame's worth
 * anyway. Within a frame the latest event per seat and per queue wins. A hidden tab gets no frames, so
 * nothing is applied, and what waits is bounded by the number of seats and queues.
 *
 * A snapshot fetched while events flow may predate some of them (the overview carries no stream position),
 * so each seat's latest state is remembered and laid over every fetched snapshot; a seat's `since` decides
 * which of the two is newer. Queue figures carry no time and are not replayed: the next event corrects them.
 */
export function createBoardUpdateBatcher(
  queryClient: QueryClient,
  frames: FrameScheduler = animationFrames,
  probe: BoardPaintProbe | null = boardPaintProbe,
): BoardUpdateBatcher {
  const { queryKey } = supervisorOverviewQueryOptions();
  const queryHash = hashKey(queryKey);
  let agents = new Map<string, AgentStatePatch>();
  let queues = new Map<string, QueueStats>();
  /** Each seat's latest state seen, laid over the next fetched snapshot. */
  const latest = new Map<string, AgentStatePatch>();
  let fetched = false;
  let probed: ProbedEvent[] = [];
  let frame: number | null = null;

  function schedule() {
    frame ??= frames.request(flush);
  }

  function drop() {
    agents.clear();
    queues.clear();
    probed = [];
  }

  const stopWatching = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual && event.query.queryHash === queryHash) {
      fetched = true;
      schedule();
    }
  });

  function flush() {
    frame = null;
    const state = queryClient.getQueryState(queryKey);
    // No board loaded: nothing to patch; the seats' latest states wait for its first snapshot.
    if (state?.data === undefined) return drop();
    const batch = { agents: fetched ? latest : agents, queues };
    fetched = false;
    agents = new Map();
    queues = new Map();
    const before = state.data;
    const after = queryClient.setQueryData(queryKey, (overview) => overview && patchOverview(overview, batch.agents, batch.queues));
    if (probe && after !== before) probe.applied(probed);
    probed = [];
  }

  return {
    receive(event) {
      if (event.type === 'agent.state_changed') {
        const { agentId, status, reason, since } = event.state;
        const patch = { agentId, status, reason, since };
        agents.set(agentId, patch);
        latest.set(agentId, patch);
      } else {
        queues.set(event.queue.queueId, event.queue);
      }
      if (probe) {
        const agent = event.type === 'agent.state_changed';
        probed.push({ at: Date.parse(event.at), kind: agent ? 'agent' : 'queue', id: agent ? event.state.agentId : event.queue.queueId });
      }
      schedule();
    },
    forget() {
      latest.clear();
    },
    dispose() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      stopWatching();
      drop();
      latest.clear();
    },
  };
}
