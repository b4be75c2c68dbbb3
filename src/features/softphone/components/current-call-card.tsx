import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import CallEnd from '@mui/icons-material/CallEnd';
import Dialpad from '@mui/icons-material/Dialpad';
import Mic from '@mui/icons-material/Mic';
import MicOff from '@mui/icons-material/MicOff';
import Pause from '@mui/icons-material/Pause';
import PlayArrow from '@mui/icons-material/PlayArrow';
import { useTranslation } from 'react-i18next';
import { maskNumber } from '@/domain/mask-pii';
import type { CallInfo } from '../port/softphone-port';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';
import { CallTimer } from './call-timer';
import { CallQualityIndicator } from './call-quality-indicator';
import { ToneKeypad } from './tone-keypad';
import { TransferForm } from './transfer-form';
import { OneWayAudioWarning } from './one-way-audio-warning';

export interface CurrentCallCardProps {
  call: CallInfo;
  consulting: boolean;
}

/**
 * The customer call and its controls. "On hold" appears only once the port reports `held`. Numbers are shown
 * masked (an extension as it is); the call keeps them whole.
 */
export function CurrentCallCard({ call, consulting }: CurrentCallCardProps) {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const pending = useSoftphoneState((s) => s.pending[call.callId] ?? null);
  const quality = useSoftphoneState((s) => s.quality[call.callId]);
  const startedAt = useSoftphoneState((s) => s.startedAt[call.callId] ?? null);
  const conferenceNumbers = useSoftphoneState((s) =>
    call.conferenceWith.map((id) => {
      const other = s.calls[id];
      return other ? maskNumber(other.remoteNumber) : id;
    }),
  );
  const [keypadOpen, setKeypadOpen] = useState(false);

  const held = call.state === 'held';
  const connected = call.state === 'active' || held;
  const stateKey = pending === 'hold' ? 'holding' : pending === 'unhold' ? 'resuming' : pending === 'transfer' ? 'transferring' : pending === 'consult' ? 'consulting' : call.state;
  const since = call.answeredAt ?? startedAt;

  return (
    <Box component="section" aria-label={t('call.title')} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }} noWrap>
            {maskNumber(call.remoteNumber)}
          </Typography>
          <Typography variant="body2" color={held ? 'warning.main' : 'text.secondary'}>
            {t(`call.state.${stateKey}`)}
            {call.muted ? ` · ${t('call.muted')}` : ''}
          </Typography>
        </Box>
        {connected && <CallQualityIndicator quality={quality} />}
        {since != null && <CallTimer since={since} />}
      </Box>
      {conferenceNumbers.length > 0 && (
        <Typography variant="body2">{t('call.conference_with', { numbers: conferenceNumbers.join(', ') })}</Typography>
      )}
      {consulting && held && (
        <Typography variant="body2" color="text.secondary">
          {t('call.customer_held')}
        </Typography>
      )}
      {quality?.inboundStalled && call.state === 'active' && <OneWayAudioWarning />}
      <Box
        role="toolbar"
        aria-label={t('call.controls')}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(80px, 1fr))', gap: 0.5, '& .MuiButton-root': { px: 0.75, whiteSpace: 'nowrap' } }}
      >
        <Button
          size="small"
          variant={held ? 'contained' : 'outlined'}
          color={held ? 'warning' : 'primary'}
          startIcon={held ? <PlayArrow aria-hidden /> : <Pause aria-hidden />}
          disabled={!connected || pending !== null || consulting}
          onClick={() => void controller.toggleHold(call.callId)}
        >
          {held ? t('call.resume') : t('call.hold')}
        </Button>
        <Button
          size="small"
          variant={call.muted ? 'contained' : 'outlined'}
          color={call.muted ? 'warning' : 'primary'}
          startIcon={call.muted ? <MicOff aria-hidden /> : <Mic aria-hidden />}
          disabled={!connected}
          onClick={() => controller.toggleMute(call.callId)}
        >
          {call.muted ? t('call.unmute') : t('call.mute')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<Dialpad aria-hidden />}
          aria-expanded={keypadOpen}
          disabled={!connected}
          onClick={() => setKeypadOpen((open) => !open)}
        >
          {t('call.keypad')}
        </Button>
        <Button
          size="small"
          variant="contained"
          color="error"
          startIcon={<CallEnd aria-hidden />}
          onClick={() => void controller.hangup(call.callId)}
          sx={{ gridColumn: '1 / -1' }}
        >
          {t('call.hangup')}
        </Button>
      </Box>
      {keypadOpen && connected && <ToneKeypad label={t('call.keypad')} onPress={(key) => controller.sendDtmf(call.callId, key)} />}
      {connected && !consulting && call.conferenceWith.length === 0 && <TransferForm callId={call.callId} busy={pending !== null} />}
    </Box>
  );
}
