import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setAgentState } from '@/contract/endpoints/session';
import { type AgentStateChange } from '@/contract/schemas/agent-state';
import { api } from '@/lib/api-client';
import { agentStateQueryOptions } from './get-agent-state';

export function useSetAgentState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AgentStateChange) => api(setAgentState, { body: change }),
    onSuccess: (state) => {
      const key = agentStateQueryOptions().queryKey;
      const current = queryClient.getQueryData(key);
      // A realtime event may already have delivered a newer version; never go backwards.
      if (!current || current.version <= state.version) queryClient.setQueryData(key, state);
    },
  });
}
