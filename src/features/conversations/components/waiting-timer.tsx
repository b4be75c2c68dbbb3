import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { formatDuration } from '@/lib/format-duration';
import { useSecondTick } from '@/lib/second-ticker';

export type WaitLevel = 'ok' | 'amber' | 'red';

export function waitLevel(seconds: number, amberAfterSec: number, redAfterSec: number): WaitLevel {
  if (seconds >= redAfterSec) return 'red';
  if (seconds >= amberAfterSec) return 'amber';
  return 'ok';
}

export interface WaitingTimerProps {
  /** Since when the customer has waited (ISO); null when answered. */
  since: string | null;
  amberAfterSec: number;
  redAfterSec: number;
}

/**
 * How long the customer's oldest unanswered message has waited, amber then red at the queue's thresholds.
 * The colour is never the only sign: the level is in the accessible name and the red one is bold.
 */
export function WaitingTimer({ since, amberAfterSec, redAfterSec }: WaitingTimerProps) {
  const { t } = useTranslation('conversations');
  const now = useSecondTick();
  if (!since) return null;
  const seconds = Math.max(0, now - Math.floor(Date.parse(since) / 1000));
  const level = waitLevel(seconds, amberAfterSec, redAfterSec);
  const text = formatDuration(seconds);
  return (
    <Box
      component="span"
      data-wait-level={level}
      aria-label={t(`tabs.waiting_${level}`, { time: text })}
      title={t(`tabs.waiting_${level}`, { time: text })}
      sx={{
        fontVariantNumeric: 'tabular-nums',
        fontSize: 12,
        px: 0.5,
        borderRadius: 0.5,
        fontWeight: level === 'red' ? 700 : 500,
        color: level === 'ok' ? 'text.secondary' : level === 'amber' ? 'warning.contrastText' : 'error.contrastText',
        bgcolor: level === 'ok' ? 'transparent' : level === 'amber' ? 'warning.main' : 'error.main',
      }}
    >
      {text}
    </Box>
  );
}
