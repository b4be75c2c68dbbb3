import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { listConversations } from '@/contract/endpoints/conversations';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { PAGE_LIMIT_MAX } from '@/contract/core/pagination';
import { api } from '@/lib/api-client';
import { conversationKeys } from './conversation-keys';

export const openConversationsQueryOptions = () =>
  queryOptions({
    queryKey: conversationKeys.open(),
    // An agent holds a handful at once (capacity per channel): one page holds them all.
    queryFn: ({ signal }) => api(listConversations, { signal, query: { status: 'open', limit: PAGE_LIMIT_MAX } }).then((r) => sortOpen(r.items)),
    staleTime: Infinity,
  });

/** The agent's open conversations: one tab each, in the order they were opened. */
export function useOpenConversations() {
  return useQuery(openConversationsQueryOptions());
}

export function sortOpen(items: readonly ConversationSummary[]): ConversationSummary[] {
  return [...items].sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.conversationId.localeCompare(b.conversationId));
}

export const isOpen = (c: ConversationSummary) => c.status !== 'closed';

/**
 * Writes a conversation's newer state wherever it is cached: the open tabs (added, replaced, or removed
 * when closed) and the history (a closed one joins it at the top).
 */
export function upsertConversation(queryClient: QueryClient, conversation: ConversationSummary, agentId: string | null): void {
  const mine = agentId === null || conversation.agentId === agentId;
  queryClient.setQueryData<ConversationSummary[]>(conversationKeys.open(), (list) => {
    if (!list) return list;
    const rest = list.filter((c) => c.conversationId !== conversation.conversationId);
    const keep = mine && conversation.status === 'active';
    const before = list.find((c) => c.conversationId === conversation.conversationId);
    // An older copy never overwrites a newer one (a late HTTP answer after a realtime update).
    if (before && before.lastSeq > conversation.lastSeq && keep) return list;
    return keep ? sortOpen([...rest, conversation]) : rest.length === list.length ? list : rest;
  });
  if (conversation.status === 'closed' && mine) {
    queryClient.setQueryData<ConversationSummary[]>(conversationKeys.history(), (list) => (list ? [conversation, ...list.filter((c) => c.conversationId !== conversation.conversationId)] : list));
  }
}
