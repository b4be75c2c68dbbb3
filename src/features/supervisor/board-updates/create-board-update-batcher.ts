import type { QueryClient } from '@tanstack/react-query';
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
 */
export function createBoardUpdateBatcher(
  queryClient: QueryClient,
  frames: FrameScheduler = animationFrames,
  probe: BoardPaintProbe | null = boardPaintProbe,
): BoardUpdateBatcher {
  const { queryKey } = supervisorOverviewQueryOptions();
  let agents = new Map<string, AgentStatePatch>();
  let queues = new Map<string, QueueStats>();
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

  function flush() {
    frame = null;
    const state = queryClient.getQueryState(queryKey);
    if (state?.data === undefined) {
      // The board's first snapshot is on its way and may predate these events: keep them for it.
      if (state?.fetchStatus === 'fetching') schedule();
      // No board loaded: it fetches fresh when opened.
      else drop();
      return;
    }
    const batch = { agents, queues };
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
        agents.set(agentId, { agentId, status, reason, since });
      } else {
        queues.set(event.queue.queueId, event.queue);
      }
      if (probe) {
        const agent = event.type === 'agent.state_changed';
        probed.push({ at: Date.parse(event.at), kind: agent ? 'agent' : 'queue', id: agent ? event.state.agentId : event.queue.queueId });
      }
      schedule();
    },
    dispose() {
      if (frame !== null) frames.cancel(frame);
      frame = null;
      drop();
    },
  };
}
