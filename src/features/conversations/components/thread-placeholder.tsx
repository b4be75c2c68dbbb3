import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { Message } from '@/contract/schemas/conversation';
import type { PendingMessage } from '../hooks/use-pending';
import { useThreadMessages } from '../thread/api/get-thread-messages';
import { flattenThread, type ThreadData } from '../thread/lib/thread-pages';

export interface ThreadPlaceholderProps {
  conversationId: string;
  pending: PendingMessage[];
}

function useLine() {
  const { t } = useTranslation('conversations');
  return (m: Message): string => {
    const c = m.content;
    switch (c.kind) {
      case 'text':
      case 'sms':
        return c.text;
      case 'image':
        return t('messages.image', { name: c.caption || c.attachment.name });
      case 'file':
        return t('messages.file', { name: c.attachment.name });
      case 'email':
        return `${t('messages.email', { subject: c.subject })}\n${c.text}`;
      case 'system':
        return t(`messages.event.${c.event}`);
    }
  };
}

/**
 * Stands in for the thread component (src/features/conversations/thread) until it lands: the thread's own
 * query, plain lines in seq order, then the outbox items (sending, or failed with Retry).
 */
export function ThreadPlaceholder({ conversationId, pending }: ThreadPlaceholderProps) {
  const { t } = useTranslation('conversations');
  const thread = useThreadMessages(conversationId);
  const line = useLine();
  const messages = flattenThread(thread.data as ThreadData | undefined);
  return (
    <Box role="log" aria-label={t('thread_placeholder')} sx={{ flex: 1, overflow: 'auto', p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      {thread.isPending && <LinearProgress aria-label={t('messages.loading')} />}
      {thread.isError && <Typography color="error">{t('messages.failed')}</Typography>}
      <Box sx={{ flex: 1 }} />
      {messages.map((m) => {
        const mine = m.author === 'agent';
        const system = m.author === 'system';
        return (
          <Box
            key={m.messageId}
            data-message-id={m.messageId}
            data-seq={m.seq}
            sx={{
              alignSelf: system ? 'center' : mine ? 'flex-end' : 'flex-start',
              maxWidth: '75%',
              px: 1,
              py: 0.5,
              borderRadius: 1,
              bgcolor: system ? 'transparent' : m.internal ? 'warning.light' : mine ? 'primary.light' : 'action.hover',
              color: system ? 'text.secondary' : 'text.primary',
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
            }}
          >
            {!system && (
              <Typography variant="caption" color="text.secondary" component="div">
                {m.authorName}
                {m.internal ? ` · ${t('messages.note')}` : ''}
              </Typography>
            )}
            <Typography variant="body2">{line(m)}</Typography>
          </Box>
        );
      })}
      {pending.map((p) => (
        <Box key={p.clientId} data-client-id={p.clientId} data-state={p.state} sx={{ alignSelf: 'flex-end', maxWidth: '75%', border: 1, borderColor: p.state === 'failed' ? 'error.main' : 'divider', borderRadius: 1, px: 1, py: 0.5 }}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {p.content}
          </Typography>
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
