import Box from '@mui/material/Box';
import { Hint } from '@/components/hint';
import { useTranslation } from 'react-i18next';
import type { CallQuality } from '../port/softphone-port';
import { qualityLevel } from '../lib/call-quality';

export interface CallQualityIndicatorProps {
  quality: CallQuality | undefined;
}

const COLORS = { good: 'success.main', fair: 'warning.main', poor: 'error.main', unknown: 'text.disabled' } as const;

function fmt(value: number | null | undefined, digits = 0): string {
  return value == null ? '–' : value.toFixed(digits);
}

/** A colored dot for the estimated MOS; the numbers are in the tooltip for whoever wants them. */
export function CallQualityIndicator({ quality }: CallQualityIndicatorProps) {
  const { t } = useTranslation('softphone');
  const level = qualityLevel(quality);
  const details = quality
    ? t('quality.details', { mos: fmt(quality.mos, 1), rtt: fmt(quality.rttMs), jitter: fmt(quality.jitterMs), loss: fmt(quality.lossPct, 1) })
    : t('quality.no_data');
  return (
    <Hint title={details}>
      <Box
        role="img"
        tabIndex={0}
        aria-label={t('quality.label', { level: t(`quality.level.${level}`) })}
        aria-description={details}
        sx={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 24, height: 24 }}
      >
        <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: COLORS[level] }} />
      </Box>
    </Hint>
  );
}
