import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import { formatDuration } from '@/lib/format-duration';
import { useSecondTick } from '@/lib/second-ticker';

export interface OfferCountdownProps {
  expiresAt: string;
}

/** How long the offer stays this agent's before it moves on; the last 10 seconds in the warning colour. */
export function OfferCountdown({ expiresAt }: OfferCountdownProps) {
  const { t } = useTranslation('conversations');
  const now = useSecondTick();
  const left = Math.max(0, Math.floor(Date.parse(expiresAt) / 1000) - now);
  return (
    <Typography variant="caption" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', color: left <= 10 ? 'warning.main' : 'text.secondary', fontWeight: left <= 10 ? 700 : 400 }}>
      {t('offers.expires', { time: formatDuration(left) })}
    </Typography>
  );
}
