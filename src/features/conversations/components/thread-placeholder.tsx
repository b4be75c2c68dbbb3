import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { PendingMessage } from '../hooks/use-pending';

export interface ThreadPlaceholderProps {
  conversationId: string;
  pending: PendingMessage[];
}

/** Stands in for the thread until it lands: the outbox items at least. */
export function ThreadPlaceholder({ pending }: ThreadPlaceholderProps) {
  const { t } = useTranslation('conversations');
  return (
    <Box role="log" aria-label={t('thread_placeholder')} sx={{ flex: 1, overflow: 'auto', p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5, justifyContent: 'flex-end' }}>
      {pending.map((p) => (
        <Box key={p.clientId} data-client-id={p.clientId} data-state={p.state} sx={{ alignSelf: 'flex-end', maxWidth: '75%', border: 1, borderColor: p.state === 'failed' ? 'error.main' : 'divider', borderRadius: 1, px: 1, py: 0.5 }}>
          <Typography variant="body2">{p.content}</Typography>
          <Typography variant="caption" color={p.state === 'failed' ? 'error' : 'text.secondary'}>
            {p.state === 'failed' ? t('outbox.failed') : t('outbox.sending')}
          </Typography>
          {p.state === 'failed' && (
            <>
              <Button size="small" onClick={p.onRetry}>
                {t('outbox.retry')}
              </Button>
              <Button size="small" onClick={p.onDiscard}>
                {t('outbox.discard')}
              </Button>
            </>
          )}
        </Box>
      ))}
    </Box>
  );
}
