import type { QueryClient } from '@tanstack/react-query';
import { markRead, setTyping } from '@/contract/endpoints/conversations';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

/** The agent is typing (or stopped): the customer sees it. Best effort: a lost one is harmless. */
export function sendTyping(conversationId: string, typing: boolean): void {
  void api(setTyping, { params: { conversationId }, body: { typing } }).catch(() => undefined);
}

/** The agent read the thread up to `upToSeq`: the tab's unread count follows the server's answer. */
export async function markReadUpTo(queryClient: QueryClient, conversationId: string, upToSeq: number): Promise<void> {
  queryClient.setQueryData<ConversationSummary[]>(conversationKeys.open(), (list) => list?.map((c) => (c.conversationId === conversationId ? { ...c, unread: 0 } : c)));
  try {
    const conversation = await api(markRead, { params: { conversationId }, body: { upToSeq } });
    queryClient.setQueryData<ConversationSummary[]>(conversationKeys.open(), (list) => list?.map((c) => (c.conversationId === conversationId && c.lastSeq <= conversation.lastSeq ? conversation : c)));
  } catch {
    // Unread counts are a hint; the next conversation.updated corrects them.
  }
}
