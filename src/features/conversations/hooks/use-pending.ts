import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { previewOf } from '../lib/build-outgoing';
import { useOutboxStore } from '../stores/outbox-store';

/** What the thread shows at its end for messages of this conversation the server does not have yet. */
export interface PendingMessage {
  clientId: string;
  content: string;
  internal: boolean;
  state: 'sending' | 'failed';
  error?: string;
  onRetry: () => void;
  onDiscard: () => void;
}

export function usePending(conversationId: string): PendingMessage[] {
  const items = useOutboxStore(useShallow((s) => s.items.filter((i) => i.conversationId === conversationId)));
  return useMemo(
    () =>
      items.map((i) => ({
        clientId: i.clientId,
        content: previewOf(i.content),
        internal: i.internal,
        state: i.state,
        error: i.error ?? undefined,
        onRetry: () => useOutboxStore.getState().retry(i.clientId),
        onDiscard: () => useOutboxStore.getState().discard(i.clientId),
      })),
    [items],
  );
}
