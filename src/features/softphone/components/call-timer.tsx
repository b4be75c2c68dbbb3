import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '@/lib/format-duration';
import { useNow } from '@/lib/use-now';

export interface CallTimerProps {
  since: number;
}

/** role=timer is not announced on every tick (its implicit aria-live is off). */
export function CallTimer({ since }: CallTimerProps) {
  const { t } = useTranslation('softphone');
  const now = useNow(1000);
  return (
    <Typography role="timer" aria-label={t('call.duration')} variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
      {formatDuration((Math.max(now, since) - since) / 1000)}
    </Typography>
  );
}
