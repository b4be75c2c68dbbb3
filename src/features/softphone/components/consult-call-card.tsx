import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { maskNumber } from '@/domain/mask-pii';
import type { CallInfo } from '../port/softphone-port';
import { useSoftphone } from '../hooks/use-softphone';

export interface ConsultCallCardProps {
  customerCallId: string;
  call: CallInfo;
}

/**
 * The consult leg: talk to the expert, then hand the customer over, bring them back, or join all three. An
 * expert seat's extension shows as it is; an outside number masked like the customer's.
 */
export function ConsultCallCard({ customerCallId, call }: ConsultCallCardProps) {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const connected = call.state === 'active';
  return (
    <Box component="section" aria-label={t('call.consult_title')} sx={{ border: 1, borderColor: 'secondary.main', borderRadius: 1, p: 1, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box>
        <Typography variant="caption" color="text.secondary">
          {t('call.consult_title')}
        </Typography>
        <Typography variant="subtitle2" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {maskNumber(call.remoteNumber)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t(`call.state.${call.state}`)}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        <Button size="small" variant="contained" disabled={!connected} onClick={() => void controller.completeConsult(customerCallId, call.callId)}>
          {t('transfer.complete')}
        </Button>
        <Button size="small" variant="outlined" color="error" onClick={() => void controller.cancelConsult(customerCallId, call.callId)}>
          {t('transfer.cancel')}
        </Button>
        <Button size="small" variant="outlined" disabled={!connected} onClick={() => void controller.conference([customerCallId, call.callId])}>
          {t('transfer.conference')}
        </Button>
      </Box>
    </Box>
  );
}
