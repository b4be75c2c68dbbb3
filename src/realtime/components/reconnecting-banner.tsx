import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useRealtimeClient } from '../use-realtime-client';
import { useRealtimeStatus } from '../use-realtime-status';

/**
 * Says so while the socket is down. The live region stays mounted and only its content changes,
 * which screen readers announce more reliably than a region that appears with its text.
 * A resume after a seq gap (attempt 0) is sub-second, so it does not flash the banner.
 */
export function ReconnectingBanner() {
  const { t } = useTranslation('realtime');
  const client = useRealtimeClient();
  const { state, attempt } = useRealtimeStatus();
  const shown = state === 'offline' || (state === 'reconnecting' && attempt > 0);
  return (
    <Box role="status" aria-live="polite">
      {shown && (
        <Alert
          role="none"
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => client.reconnectNow()}>
              {t('banner.reconnectNow')}
            </Button>
          }
        >
          {state === 'offline' ? t('banner.offline') : t('banner.reconnectingAttempt', { attempt })} {t('banner.noLoss')}
        </Alert>
      )}
    </Box>
  );
}
