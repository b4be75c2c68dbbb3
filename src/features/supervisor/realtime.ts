import type { QueryClient } from '@tanstack/react-query';
import type { RealtimeEventOf } from '@/contract/events';
import { combineUnsubscribes, type RealtimeRegistration } from '@/realtime/realtime-registration';
import { supervisorOverviewQueryOptions } from './api/get-supervisor-overview';

export function applyQueueStats(queryClient: QueryClient, event: RealtimeEventOf<'queue.stats_updated'>): void {
  queryClient.setQueryData(supervisorOverviewQueryOptions().queryKey, (overview) =>
    overview ? { ...overview, queues: overview.queues.map((q) => (q.queueId === event.queue.queueId ? event.queue : q)) } : overview,
  );
}

/** Another agent's state changed: patch their row in place instead of refetching the whole board. */
export function applyAgentPresence(queryClient: QueryClient, event: RealtimeEventOf<'agent.state_changed'>): void {
  const { agentId, status, reason, since } = event.state;
  queryClient.setQueryData(supervisorOverviewQueryOptions().queryKey, (overview) =>
    overview ? { ...overview, agents: overview.agents.map((a) => (a.agentId === agentId ? { ...a, status, reason, since } : a)) } : overview,
  );
}

/** The board listens only in a team lead's session: seats' states and queue figures. */
export const registerSupervisorRealtime: RealtimeRegistration = ({ client, queryClient, user }) => {
  if (user.role !== 'supervisor') return () => undefined;
  return combineUnsubscribes(
    client.on('agent.state_changed', (event) => applyAgentPresence(queryClient, event)),
    client.on('queue.stats_updated', (event) => applyQueueStats(queryClient, event)),
  );
};
