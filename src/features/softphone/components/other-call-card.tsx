import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { maskNumber } from '@/domain/mask-pii';
import type { CallInfo } from '../port/softphone-port';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';

export interface OtherCallCardProps {
  call: CallInfo;
}

/** A call parked while the agent talks on another (call waiting): resume it or end it. Its number masked. */
export function OtherCallCard({ call }: OtherCallCardProps) {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const pending = useSoftphoneState((s) => s.pending[call.callId] ?? null);
  const held = call.state === 'held';
  return (
    <Box component="section" aria-label={t('call.other_title')} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1, py: 0.5, display: 'flex', alignItems: 'center', gap: 1 }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
          {maskNumber(call.remoteNumber)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t(`call.state.${call.state}`)}
        </Typography>
      </Box>
      {held && (
        <Button size="small" variant="outlined" disabled={pending !== null} onClick={() => void controller.toggleHold(call.callId)}>
          {t('call.resume')}
        </Button>
      )}
      <Button size="small" variant="outlined" color="error" onClick={() => void controller.hangup(call.callId)}>
        {t('call.hangup')}
      </Button>
    </Box>
  );
}
