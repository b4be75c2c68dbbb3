import { useTranslation } from 'react-i18next';
import { announce } from '@/lib/announce';
import { useOpenConversations } from '../api/get-open-conversations';
import { useCloseRequestStore } from '../stores/close-request-store';
import { hasUnsent, useDraftsStore } from '../stores/drafts-store';
import { useOutboxStore } from '../stores/outbox-store';
import { CloseDialog } from './close-dialog';

export interface CloseConversationHostProps {
  agentId: string | null;
  /** Closed with a disposition: the app moves on when it was the one on screen. */
  onClosed: (conversationId: string) => void;
}

/**
 * The close dialog of whichever conversation asked (its tab's close, Delete on the tab, its header's Close).
 * Unsent words (a draft, the outbox) are confirmed first; once closed, they go with the conversation.
 */
export function CloseConversationHost({ agentId, onClosed }: CloseConversationHostProps) {
  const { t } = useTranslation('conversations');
  const closingId = useCloseRequestStore((s) => s.closingId);
  const conversation = useOpenConversations().data?.find((c) => c.conversationId === closingId);
  const unsentDraft = useDraftsStore((s) => (closingId ? hasUnsent(s.drafts[closingId]) : false));
  const unsentOutbox = useOutboxStore((s) => s.items.some((i) => i.conversationId === closingId));
  if (!conversation) return null;
  const { conversationId } = conversation;
  return (
    <CloseDialog
      key={conversationId}
      conversation={conversation}
      agentId={agentId}
      unsent={unsentDraft || unsentOutbox}
      onCancel={() => useCloseRequestStore.getState().cancel()}
      onClosed={() => {
        useCloseRequestStore.getState().cancel();
        useDraftsStore.getState().clear(conversationId);
        const outbox = useOutboxStore.getState();
        for (const item of outbox.items) if (item.conversationId === conversationId) outbox.discard(item.clientId);
        announce(t('close.done', { who: conversation.title }));
        onClosed(conversationId);
      }}
    />
  );
}
