import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import Call from '@mui/icons-material/Call';
import CallEnd from '@mui/icons-material/CallEnd';
import { useTranslation } from 'react-i18next';
import { ivrLabel } from '@/lib/ivr-label';
import type { CallInfo } from '../port/softphone-port';
import { useSoftphone } from '../hooks/use-softphone';
import { maskCaller } from '../lib/mask-caller';

export interface IncomingCallCardProps {
  call: CallInfo;
}

/**
 * What the agent needs to decide in two seconds: who, why (IVR intent), from which queue, verified or not.
 * The number is masked like everywhere else (in the display name too, where phones often repeat it); the call
 * keeps it whole for the screen pop, redial and callbacks.
 */
export function IncomingCallCard({ call }: IncomingCallCardProps) {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const titleId = `incoming-${call.callId}`;
  const caller = maskCaller(call.remoteNumber, call.displayName);
  return (
    <Box
      component="section"
      aria-label={t('incoming.title')}
      aria-describedby={titleId}
      sx={{ border: 2, borderColor: 'primary.main', borderRadius: 1, p: 1, display: 'flex', flexDirection: 'column', gap: 0.75 }}
    >
      <Box id={titleId}>
        <Typography variant="caption" color="text.secondary">
          {t('incoming.title')}
        </Typography>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}>
          {caller.number || t('incoming.unknown_caller')}
        </Typography>
        {caller.name && (
          <Typography variant="body2" color="text.secondary">
            {caller.name}
          </Typography>
        )}
      </Box>
      {call.ivr && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
          {call.ivr.intent && <Chip size="small" label={t('incoming.intent', { intent: ivrLabel(t, 'intents', call.ivr.intent) })} />}
          {call.ivr.queueId && <Chip size="small" label={t('incoming.queue', { queue: ivrLabel(t, 'queues', call.ivr.queueId) })} />}
          <Chip
            size="small"
            color={call.ivr.verified ? 'success' : 'default'}
            variant={call.ivr.verified ? 'filled' : 'outlined'}
            label={call.ivr.verified ? t('incoming.verified') : t('incoming.not_verified')}
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" color="success" startIcon={<Call aria-hidden />} onClick={() => void controller.answer(call.callId)} sx={{ flex: 1 }}>
          {t('incoming.answer')}
        </Button>
        <Button variant="outlined" color="error" startIcon={<CallEnd aria-hidden />} onClick={() => void controller.reject(call.callId)} sx={{ flex: 1 }}>
          {t('incoming.reject')}
        </Button>
      </Box>
    </Box>
  );
}
