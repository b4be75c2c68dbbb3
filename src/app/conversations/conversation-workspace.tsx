import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { EmptyState } from '@/components/empty-state';
import { useCustomer } from '@/features/customers/api/get-customer';
import { subscriptionsQueryOptions } from '@/features/customers/api/get-subscriptions';
import { useConversation } from '@/features/conversations/api/get-conversation';
import { useOpenConversations } from '@/features/conversations/api/get-open-conversations';
import { ActiveConversation } from '@/features/conversations/components/active-conversation';
import { ConversationStoresEffect } from '@/features/conversations/components/conversation-stores-effect';
import { ConversationsPanel } from '@/features/conversations/components/conversations-panel';
import { useMe } from '@/features/session/api/get-me';
import { cannedValues } from '@/domain/canned-responses';
import { isApiError } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import { NotFoundError } from '@/lib/router/not-found';
import { navigate } from '@/lib/router/router';
import { useConversationCustomer } from '../flows/use-conversation-customer';
import '@/features/conversations/conversations-locales';

const open = (conversationId: string) => navigate(paths.conversation.href(conversationId));

/** The conversation on screen was closed: the next open one takes its place, else the bare workspace. */
function onClosed(closedId: string, activeId: string | null, openList: readonly ConversationSummary[]) {
  if (closedId !== activeId) return;
  const next = openList.find((c) => c.conversationId !== closedId);
  navigate(next ? paths.conversation.href(next.conversationId) : paths.workspace.href());
}

export interface ConversationsColumnProps {
  activeId: string | null;
}

/** The workspace's conversations panel: offers and the open conversations of the signed-in agent. */
export function ConversationsColumn({ activeId }: ConversationsColumnProps) {
  const agentId = useMe().data?.id ?? null;
  const openList = useOpenConversations().data ?? [];
  return (
    <>
      {agentId && <ConversationStoresEffect agentId={agentId} />}
      <ConversationsPanel agentId={agentId} activeId={activeId} onOpen={open} onClosed={(closedId) => onClosed(closedId, activeId, openList)} />
    </>
  );
}

export interface ConversationFocusGuardProps {
  conversationId: string;
}

/**
 * `/conversations/:id` of a conversation that does not exist (or is not this agent's) is the 404 page:
 * rendered outside the panels' error boundaries, it throws NotFoundError to the route's.
 */
export function ConversationFocusGuard({ conversationId }: ConversationFocusGuardProps) {
  const conversation = useConversation(conversationId);
  if (conversation.error && isApiError(conversation.error) && conversation.error.status === 404) throw new NotFoundError({ kind: 'conversation', id: conversationId });
  return null;
}

export interface ConversationColumnProps {
  conversationId: string | null;
}

/**
 * The conversation the URL names, with canned responses filled from its customer (the customer view's
 * queries, shared through the cache with the context panel) and that customer shown beside it.
 */
export function ConversationColumn({ conversationId }: ConversationColumnProps) {
  const { t } = useTranslation('conversations');
  const me = useMe().data;
  const conversation = useConversation(conversationId);
  const customerId = conversation.data?.customerId ?? null;
  const customer = useCustomer(customerId).data;
  const subscriptions = useQuery({ ...subscriptionsQueryOptions(customerId ?? ''), enabled: !!customerId }).data;
  useConversationCustomer(conversation.data);

  if (!conversationId) return <EmptyState title={t('workspace.none_title')} hint={t('workspace.none_hint')} />;
  if (!conversation.data) return conversation.isPending ? <LinearProgress aria-label={t('workspace.loading')} /> : <EmptyState title={t('workspace.failed')} />;

  const variables = cannedValues({ customerName: customer?.name ?? null, plan: subscriptions?.items[0]?.planName ?? null, agentName: me?.displayName ?? null, workNumber: me?.workNumber ?? null });
  return (
    <Box sx={{ height: '100%', minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <ActiveConversation conversation={conversation.data} variables={variables} />
    </Box>
  );
}
