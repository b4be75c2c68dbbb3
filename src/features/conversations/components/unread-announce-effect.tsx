import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '@/lib/announce';
import { useOpenConversations } from '../api/get-open-conversations';

export interface UnreadAnnounceEffectProps {
  /** The conversation on screen: its new messages are in its log, not announced again. */
  activeId: string | null;
}

/**
 * A customer writing in a conversation that is not on screen is said politely ("New message: 王芳"), once
 * per rise of its unread count; focus never moves. Renders nothing.
 */
export function UnreadAnnounceEffect({ activeId }: UnreadAnnounceEffectProps) {
  const { t } = useTranslation('conversations');
  const open = useOpenConversations().data;
  const seen = useRef(new Map<string, number>());
  useEffect(() => {
    if (!open) return;
    const before = seen.current;
    const next = new Map(open.map((c) => [c.conversationId, c.unread]));
    for (const c of open) {
      const was = before.get(c.conversationId);
      // A conversation seen for the first time (page load, just accepted) is not news.
      if (was !== undefined && c.unread > was && c.conversationId !== activeId) announce(t('tabs.new_message', { who: c.title }));
    }
    seen.current = next;
  }, [open, activeId, t]);
  return null;
}
