import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDraftsStore } from '../stores/drafts-store';
import { useOutboxStore } from '../stores/outbox-store';
import { insertThreadMessage } from '../thread/api/apply-message-event';

export interface ConversationStoresEffectProps {
  agentId: string;
}

/**
 * Loads this agent's drafts and outbox from IndexedDB (what was still sending goes again, with its own client
 * id), and writes pending drafts out when the page is hidden or closed. Renders nothing.
 */
export function ConversationStoresEffect({ agentId }: ConversationStoresEffectProps) {
  const queryClient = useQueryClient();
  useEffect(() => {
    void useDraftsStore.getState().hydrate(agentId);
    void useOutboxStore.getState().hydrate(agentId, {
      onSent: (message) => insertThreadMessage(queryClient, message),
    });
  }, [agentId, queryClient]);
  useEffect(() => {
    const flush = () => void useDraftsStore.getState().flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onPageHide = () => useDraftsStore.getState().flushOnUnload();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return null;
}
