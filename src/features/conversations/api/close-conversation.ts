import { useMutation, useQueryClient } from '@tanstack/react-query';
import { closeConversation } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';
import { upsertConversation } from './get-open-conversations';

export interface CloseInput {
  conversationId: string;
  disposition: string;
  note?: string;
  /** One key per close the agent confirmed: a retry closes once. */
  key: string;
}

/** Closes with a disposition: the tab goes, the conversation joins the history. */
export function useCloseConversation(agentId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversationId, disposition, note, key }: CloseInput) =>
      api(closeConversation, { params: { conversationId }, body: note ? { disposition, note } : { disposition }, idempotencyKey: key }),
    onSuccess: (conversation) => {
      upsertConversation(queryClient, conversation, agentId);
      void queryClient.invalidateQueries({ queryKey: conversationKeys.history() });
      void queryClient.invalidateQueries({ queryKey: conversationKeys.settings() });
    },
  });
}
