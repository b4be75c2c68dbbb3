import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import type { ConversationSummary } from '@/contract/schemas/conversation';
import { useTypingStore } from '../stores/typing-store';
import { ChannelIcon } from './channel-icon';
import { WaitingTimer } from './waiting-timer';

export interface ConversationTabProps {
  conversation: ConversationSummary;
  selected: boolean;
  /** The one tab Tab reaches (the selected one, else the first). */
  focusable: boolean;
  /** 1-based position: Alt+position opens it. */
  position: number;
  hasDraft: boolean;
  failedSends: number;
  onSelect: () => void;
  /** Asks to close it (the close dialog confirms an unsent draft first). */
  onClose: () => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
}

// Said, not shown (sx `width: 1` would be 100%, hence the pixel strings).
const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** One open conversation: channel, customer, unread count, how long the customer waits, typing, gone. */
export const ConversationTab = forwardRef<HTMLDivElement, ConversationTabProps>(function ConversationTab(
  { conversation: c, selected, focusable, position, hasDraft, failedSends, onSelect, onClose, onKeyDown },
  ref,
) {
  const { t } = useTranslation('conversations');
  const typing = useTypingStore((s) => !!s.customerTyping[c.conversationId]);
  const channel = t(`channel.${c.channel}`);
  // The line under the name says the most pressing state; the others are said to screen readers only. The
  // tab's name is its content (label-in-name: what is seen is what is said, in that order).
  const states = [
    typing ? t('tabs.typing') : null,
    !c.customerPresent ? t('tabs.customer_left') : null,
    failedSends > 0 ? t('tabs.failed', { count: failedSends }) : null,
    hasDraft ? t('tabs.draft') : null,
  ].filter((x): x is string => !!x);
  const shown = states[0] ?? null;
  // The channel is on the line when no state is; the icon says nothing to a screen reader.
  const unsaid = shown ? [channel, ...states.slice(1)] : [];
  return (
    <Box
      ref={ref}
      role="tab"
      id={`conv-tab-${c.conversationId}`}
      aria-selected={selected}
      aria-controls="conversation-panel"
      aria-keyshortcuts={position <= 9 ? `Alt+${position} Delete` : 'Delete'}
      title={position <= 9 ? t('tabs.shortcut_hint', { key: `Alt+${position}` }) : undefined}
      tabIndex={focusable ? 0 : -1}
      data-conversation-id={c.conversationId}
      onClick={onSelect}
      onKeyDown={onKeyDown}
      sx={{
        display: 'grid',
        gridTemplateColumns: 'auto minmax(0, 1fr) auto',
        columnGap: 0.75,
        alignItems: 'center',
        px: 1,
        py: 0.5,
        minHeight: 44,
        cursor: 'pointer',
        borderRadius: 1,
        borderLeft: 3,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        bgcolor: selected ? 'action.selected' : 'transparent',
        opacity: c.customerPresent ? 1 : 0.75,
        '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
        '&:hover [data-tab-close], &:focus-visible [data-tab-close]': { opacity: 1 },
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <ChannelIcon channel={c.channel} fontSize="small" sx={{ color: 'text.secondary', gridRow: 'span 2' }} />
      <Typography variant="body2" noWrap sx={{ fontWeight: c.unread > 0 ? 700 : 500 }}>
        {c.title}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, justifySelf: 'end' }}>
        <WaitingTimer since={c.waitingSince} amberAfterSec={c.amberAfterSec} redAfterSec={c.redAfterSec} />
        {c.unread > 0 && (
          <>
            <Box component="span" aria-hidden sx={{ minWidth: 18, height: 18, px: 0.5, borderRadius: 9, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: 11, fontWeight: 700, display: 'inline-flex', alignItems: 'center', justifyContent: 'center' }}>
              {c.unread > 99 ? '99+' : c.unread}
            </Box>
            <Box component="span" sx={visuallyHidden}>
              {t('tabs.unread', { count: c.unread })}
            </Box>
          </>
        )}
        {/* A mouse target only: a button inside a tab would be a nested control; keyboard users press Delete. */}
        <Box
          component="span"
          aria-hidden
          data-tab-close
          title={t('tabs.close', { who: c.title })}
          onClick={(e) => {
            e.stopPropagation();
            onClose();
          }}
          sx={{ width: 24, height: 24, display: 'inline-flex', alignItems: 'center', justifyContent: 'center', borderRadius: 1, color: 'text.secondary', opacity: selected ? 1 : 0, '&:hover': { bgcolor: 'action.hover' } }}
        >
          <CloseIcon sx={{ fontSize: 16 }} />
        </Box>
      </Box>
      <Typography variant="caption" noWrap sx={{ gridColumn: '2 / 4', color: failedSends ? 'error.main' : 'text.secondary', fontStyle: typing ? 'italic' : 'normal' }}>
        {shown ?? (c.subject ? `${channel} · ${c.subject}` : channel)}
        {unsaid.length > 0 && (
          <Box component="span" sx={visuallyHidden}>
            {`, ${unsaid.join(', ')}`}
          </Box>
        )}
      </Typography>
    </Box>
  );
});
