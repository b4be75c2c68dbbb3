import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getConversationSettings, setAutoAccept } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.settings(),
    queryFn: ({ signal }) => api(getConversationSettings, { signal }),
  });

/** Auto-accept and the capacity per channel (the server's), with what is held now. */
export function useConversationSettings() {
  return useQuery(settingsQueryOptions());
}

export function useSetAutoAccept() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (autoAccept: boolean) => api(setAutoAccept, { body: { autoAccept } }),
    onSuccess: (settings) => queryClient.setQueryData(conversationKeys.settings(), settings),
  });
}
