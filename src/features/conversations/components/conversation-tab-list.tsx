import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { hasUnsent, useDraftsStore } from '../stores/drafts-store';
import { useOutboxStore } from '../stores/outbox-store';
import { useCloseRequestStore } from '../stores/close-request-store';
import { ConversationTab } from './conversation-tab';

export interface ConversationTabListProps {
  conversations: readonly ConversationSummary[];
  activeId: string | null;
  onSelect: (conversationId: string) => void;
}

/**
 * The open conversations as a vertical tab list: click, or ↑/↓ Home/End inside it (Delete asks to close the
 * focused one); from anywhere Alt+1…9 and Alt+↑/↓ (see use-conversation-shortcuts).
 */
export function ConversationTabList({ conversations, activeId, onSelect }: ConversationTabListProps) {
  const { t } = useTranslation('conversations');
  const drafts = useDraftsStore((s) => s.drafts);
  const outbox = useOutboxStore((s) => s.items);
  const refs = useRef(new Map<string, HTMLDivElement>());

  const move = (event: React.KeyboardEvent, index: number) => {
    if (event.key === 'Delete' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const target = conversations[index];
      if (target) useCloseRequestStore.getState().request(target.conversationId);
      return;
    }
    const last = conversations.length - 1;
    const to = event.key === 'ArrowDown' ? Math.min(last, index + 1) : event.key === 'ArrowUp' ? Math.max(0, index - 1) : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    if (to === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = conversations[to];
    if (!target) return;
    onSelect(target.conversationId);
    refs.current.get(target.conversationId)?.focus();
  };

  return (
    <Box role="tablist" aria-orientation="vertical" aria-label={t('tabs.label')} sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}>
      {conversations.map((c, i) => (
        <ConversationTab
          key={c.conversationId}
          ref={(el) => {
            if (el) refs.current.set(c.conversationId, el);
            else refs.current.delete(c.conversationId);
          }}
          conversation={c}
          position={i + 1}
          selected={c.conversationId === activeId}
          focusable={c.conversationId === activeId || (!conversations.some((x) => x.conversationId === activeId) && i === 0)}
          hasDraft={hasUnsent(drafts[c.conversationId])}
          failedSends={outbox.filter((o) => o.conversationId === c.conversationId && o.state === 'failed').length}
          onSelect={() => onSelect(c.conversationId)}
          onClose={() => useCloseRequestStore.getState().request(c.conversationId)}
          onKeyDown={(e) => move(e, i)}
        />
      ))}
    </Box>
  );
}
