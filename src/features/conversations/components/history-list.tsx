import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { EmptyState } from '@/components/empty-state';
import { useDispositions } from '../api/get-dispositions';
import { useHistory } from '../api/get-history';
import { dispositionLabel } from '../lib/disposition-label';
import { ChannelIcon } from './channel-icon';

export interface HistoryListProps {
  activeId: string | null;
  onOpen: (conversationId: string) => void;
}

/** The agent's closed conversations, newest first: each opens read-only. */
export function HistoryList({ activeId, onOpen }: HistoryListProps) {
  const { t, i18n } = useTranslation('conversations');
  const history = useHistory();
  const dispositions = useDispositions().data ?? [];
  if (history.isPending) return <LinearProgress aria-label={t('history.loading')} />;
  if (history.isError)
    return (
      <Box role="alert" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2">{t('history.failed')}</Typography>
        <Button size="small" onClick={() => void history.refetch()}>
          {t('retry')}
        </Button>
      </Box>
    );
  if (history.data.length === 0) return <EmptyState title={t('history.empty')} />;
  return (
    <Box component="ul" aria-label={t('history.label')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.25 }}>
      {history.data.map((c) => (
        <li key={c.conversationId}>
          <Box
            component="button"
            type="button"
            aria-current={c.conversationId === activeId ? 'page' : undefined}
            onClick={() => onOpen(c.conversationId)}
            sx={{
              all: 'unset',
              boxSizing: 'border-box',
              width: '100%',
              cursor: 'pointer',
              display: 'grid',
              gridTemplateColumns: 'auto minmax(0,1fr) auto',
              columnGap: 0.75,
              alignItems: 'center',
              px: 1,
              py: 0.5,
              minHeight: 40,
              borderRadius: 1,
              bgcolor: c.conversationId === activeId ? 'action.selected' : 'transparent',
              '&:hover': { bgcolor: 'action.hover' },
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
            }}
          >
            <ChannelIcon channel={c.channel} fontSize="small" sx={{ color: 'text.secondary', gridRow: 'span 2' }} />
            <Typography variant="body2" noWrap>
              {c.title}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
              {c.closedAt ? new Date(c.closedAt).toLocaleString(i18n.language, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap sx={{ gridColumn: '2 / 4' }}>
              {t(`channel.${c.channel}`)}
              {c.disposition ? ` · ${dispositionLabel(dispositions, c.disposition, i18n.language)}` : ''}
            </Typography>
          </Box>
        </li>
      ))}
    </Box>
  );
}
