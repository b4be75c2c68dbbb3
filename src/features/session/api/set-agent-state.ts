import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setAgentState } from '@/contract/endpoints/session';
import type { AgentState, AgentStateChange } from '@/contract/schemas/agent-state';
import { api } from '@/lib/api-client';
import { isApiErrorOf } from '@/lib/api-error';
import { agentStateQueryOptions } from './get-agent-state';

export function useSetAgentState() {
  const queryClient = useQueryClient();
  const key = agentStateQueryOptions().queryKey;
  // A realtime event may already have delivered a newer version; never go backwards.
  const keep = (state: AgentState) => {
    const current = queryClient.getQueryData(key);
    if (!current || current.version <= state.version) queryClient.setQueryData(key, state);
  };
  return useMutation({
    mutationFn: (change: AgentStateChange) => api(setAgentState, { body: change }),
    onSuccess: keep,
    onError: (error) => {
      // The server moved first (another tab, the phone, a call): show the state it has, not the one asked for.
      if (isApiErrorOf(error, setAgentState, 'state_conflict')) keep(error.details.current);
    },
  });
}
