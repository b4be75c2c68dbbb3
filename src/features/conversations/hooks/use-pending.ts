import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useOutboxStore } from '../stores/outbox-store';
import { outgoingPreview } from '../thread/outgoing-content-preview';
import type { PendingMessage } from '../thread/lib/thread-rows';

/** The outbox's messages of this conversation as the thread shows them at its end: sending, or failed with Retry. */
export function usePending(conversationId: string): PendingMessage[] {
  const { t } = useTranslation('conversations');
  const items = useOutboxStore(useShallow((s) => s.items.filter((i) => i.conversationId === conversationId)));
  return useMemo(
    () =>
      items.map((i) => ({
        clientId: i.clientId,
        content: outgoingPreview(i.content, { internal: i.internal, attachmentName: i.attachmentName }),
        state: i.state,
        // A reason the agent can act on when there is one; otherwise the thread's plain "Not sent".
        error: (i.error && t(`outbox.reason.${i.error}`, { defaultValue: '' })) || undefined,
        onRetry: () => useOutboxStore.getState().retry(i.clientId),
        onDiscard: () => useOutboxStore.getState().discard(i.clientId),
      })),
    [items, t],
  );
}
