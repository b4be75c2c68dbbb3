import type { QueryClient } from '@tanstack/react-query';
import type { RealtimeEventOf } from '@/contract/events';
import type { RealtimeRegistration } from '@/realtime/realtime-registration';
import { agentStateQueryOptions } from './api/get-agent-state';
import { meQueryOptions } from './api/get-me';

/**
 * Writes a pushed agent state into the cache when it is this agent's (supervisors also hear other
 * agents' changes), ignoring stale versions that arrive out of order.
 */
export function applyAgentStateChanged(queryClient: QueryClient, event: RealtimeEventOf<'agent.state_changed'>): void {
  const me = queryClient.getQueryData(meQueryOptions().queryKey);
  if (!me || me.id !== event.state.agentId) return;
  const key = agentStateQueryOptions().queryKey;
  const current = queryClient.getQueryData(key);
  if (current && current.version > event.state.version) return;
  queryClient.setQueryData(key, event.state);
}

/** The session feature listens for its own seat's state. */
export const registerSessionRealtime: RealtimeRegistration = ({ client, queryClient }) =>
  client.on('agent.state_changed', (event) => applyAgentStateChanged(queryClient, event));
