import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import type { PendingMessage } from '../lib/thread-rows';
import { DeliveryStatus } from './delivery-status';

export interface PendingMessageItemProps {
  pending: PendingMessage;
}

/** A message of the outbox the server has not confirmed: sending, or failed with Retry (same client id, never a second message). */
export function PendingMessageItem({ pending }: PendingMessageItemProps) {
  const { t } = useTranslation('conversations');
  const failed = pending.state === 'failed';
  const classes = ['zx-msg', 'zx-out', 'zx-pending', failed && 'zx-failed', pending.content.internal && 'zx-note'].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {pending.content.internal && (
        <div className="zx-author">
          <span className="zx-tag">{t('thread.internal')}</span>
        </div>
      )}
      <div className="zx-bubble">
        {pending.content.text}
        <div className="zx-meta">
          {failed ? (
            <>
              <span className="zx-status-failed" role="alert">
                {pending.error ?? t('thread.pending.failed')}
              </span>
              {pending.onRetry && (
                <Button size="small" variant="outlined" color="error" aria-label={t('thread.pending.retry_label')} onClick={pending.onRetry} sx={{ minHeight: 24, py: 0, px: 1 }}>
                  {t('thread.pending.retry')}
                </Button>
              )}
              {pending.onDiscard && (
                <Button size="small" aria-label={t('thread.pending.discard_label')} onClick={pending.onDiscard} sx={{ minHeight: 24, py: 0, px: 1 }}>
                  {t('thread.pending.discard')}
                </Button>
              )}
            </>
          ) : (
            <DeliveryStatus status="sending" />
          )}
        </div>
      </div>
    </div>
  );
}
