import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import History from '@mui/icons-material/History';
import { EmptyState } from '@/components/empty-state';
import { useOpenConversations } from '../api/get-open-conversations';
import { useConversationShortcuts } from '../hooks/use-conversation-shortcuts';
import { CapacityLine } from './capacity-line';
import { ConversationSettingsMenu } from './conversation-settings-menu';
import { ConversationTabList } from './conversation-tab-list';
import { HistoryList } from './history-list';
import { OfferAlertsEffect } from './offer-alerts-effect';
import { NotifyPermissionBanner } from './notify-permission-banner';
import { OffersList } from './offers-list';
import { CloseConversationHost } from './close-conversation-host';
import '../conversations-locales';

export interface ConversationsPanelProps {
  agentId: string | null;
  /** The conversation the URL names. */
  activeId: string | null;
  onOpen: (conversationId: string) => void;
  /** A conversation was closed (from its tab or its header). */
  onClosed: (conversationId: string) => void;
}

/** The conversations column: what is offered, the open conversations as tabs, and the history. */
export function ConversationsPanel({ agentId, activeId, onOpen, onClosed }: ConversationsPanelProps) {
  const { t } = useTranslation('conversations');
  const open = useOpenConversations();
  const conversations = open.data ?? [];
  const [view, setView] = useState<'open' | 'history'>('open');
  useConversationShortcuts(
    conversations.map((c) => c.conversationId),
    activeId,
    onOpen,
  );
  // A conversation opened from the history that is open again (or a link to an open one) shows the tabs.
  const activeIsOpen = conversations.some((c) => c.conversationId === activeId);
  useEffect(() => {
    if (activeIsOpen) setView('open');
  }, [activeIsOpen, activeId]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <OfferAlertsEffect activeId={activeId} />
      <CloseConversationHost agentId={agentId} onClosed={onClosed} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <CapacityLine />
        </Box>
        <Button
          size="small"
          startIcon={<History fontSize="small" />}
          aria-pressed={view === 'history'}
          onClick={() => setView((v) => (v === 'history' ? 'open' : 'history'))}
          sx={{ minHeight: 28, whiteSpace: 'nowrap' }}
        >
          {t('history.button')}
        </Button>
        <ConversationSettingsMenu />
      </Box>
      <NotifyPermissionBanner />
      <OffersList agentId={agentId} onAccepted={onOpen} />
      {view === 'history' ? (
        <Box>
          <Typography component="h3" variant="overline" color="text.secondary">
            {t('history.heading')}
          </Typography>
          <HistoryList activeId={activeId} onOpen={onOpen} />
        </Box>
      ) : open.isPending ? (
        <LinearProgress aria-label={t('tabs.loading')} />
      ) : open.isError ? (
        <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2">{t('tabs.load_failed')}</Typography>
          <Button size="small" onClick={() => void open.refetch()}>
            {t('retry')}
          </Button>
        </Box>
      ) : conversations.length === 0 ? (
        <EmptyState title={t('tabs.empty')} hint={t('tabs.empty_hint')} />
      ) : (
        <>
          <ConversationTabList conversations={conversations} activeId={activeId} onSelect={onOpen} />
          <Typography variant="caption" color="text.secondary" sx={{ px: 0.5 }}>
            {t('panel.shortcuts')}
          </Typography>
        </>
      )}
    </Box>
  );
}
