import { Fragment, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AudioDevices } from '../port/softphone-port';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';
import { useAudioDevices, type AudioDeviceOption } from '../hooks/use-audio-devices';
import { playTone, RINGTONE, TEST_TONE } from '../lib/tone-player';
import { measureMicrophone } from '../lib/measure-microphone';
import { selectAutoAnswer } from '../stores/softphone-selectors';

type Slot = keyof AudioDevices;

const SLOTS: { slot: Slot; kind: AudioDeviceOption['kind']; label: string; test: string }[] = [
  { slot: 'inputId', kind: 'audioinput', label: 'devices.microphone', test: 'devices.test_microphone' },
  { slot: 'outputId', kind: 'audiooutput', label: 'devices.speaker', test: 'devices.test_speaker' },
  { slot: 'ringerId', kind: 'audiooutput', label: 'devices.ringer', test: 'devices.test_ringer' },
];

/** Microphone, speaker and ringer, each with a Test; plus the auto-answer preference. */
export function DeviceSettings() {
  const { t } = useTranslation('softphone');
  const { controller, store } = useSoftphone();
  const devices = useSoftphoneState((s) => s.devices);
  const autoAnswer = useSoftphoneState(selectAutoAnswer);
  const notifyAlways = useSoftphoneState((s) => s.notifyAlways);
  const microphone = useSoftphoneState((s) => s.microphone);
  const options = useAudioDevices(microphone);
  const [level, setLevel] = useState<number | null>(null);
  const [micResult, setMicResult] = useState<'heard' | 'silent' | null>(null);

  const test = async (slot: Slot) => {
    if (slot !== 'inputId') {
      playTone(slot === 'ringerId' ? { ...RINGTONE, repeat: false, pauseMs: 0 } : TEST_TONE, devices[slot]);
      return;
    }
    setMicResult(null);
    setLevel(0);
    try {
      const peak = await measureMicrophone(devices.inputId, 3000, setLevel);
      setMicResult(peak > 0.02 ? 'heard' : 'silent');
    } catch {
      setMicResult('silent');
    } finally {
      setLevel(null);
    }
  };

  return (
    // A grid, so the three device fields line up whatever the width of each "Test" button's label.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 0.5, rowGap: 1, alignItems: 'center' }}>
      {SLOTS.map(({ slot, kind, label, test: testLabel }) => {
        const list = options.filter((o) => o.kind === kind);
        const value = list.some((o) => o.deviceId === devices[slot]) ? (devices[slot] ?? '') : '';
        return (
          <Fragment key={slot}>
            <TextField
              select
              size="small"
              label={t(label)}
              value={value}
              onChange={(e) => void controller.setDevices({ [slot]: e.target.value || null })}
              slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
              sx={{ minWidth: 0 }}
            >
              <MenuItem value="">{t('devices.default')}</MenuItem>
              {list.map((o, i) => (
                <MenuItem key={o.deviceId} value={o.deviceId}>
                  {o.label || t('devices.unnamed', { n: i + 1 })}
                </MenuItem>
              ))}
            </TextField>
            {/* "Test" shows; the full name ("Test microphone") is what a screen reader hears. */}
            <Button size="small" variant="outlined" aria-label={t(testLabel)} onClick={() => void test(slot)} disabled={slot === 'inputId' && level !== null}>
              {t('devices.test')}
            </Button>
          </Fragment>
        );
      })}
      {level !== null && <LinearProgress sx={{ gridColumn: '1 / -1' }} variant="determinate" value={Math.min(100, level * 300)} aria-label={t('devices.mic_level')} />}
      {micResult && (
        <Typography sx={{ gridColumn: '1 / -1' }} variant="body2" role="status" color={micResult === 'heard' ? 'success.main' : 'warning.main'}>
          {t(micResult === 'heard' ? 'devices.mic_heard' : 'devices.mic_silent')}
        </Typography>
      )}
      <FormControlLabel
        sx={{ gridColumn: '1 / -1', ml: 0 }}
        slotProps={{ typography: { variant: 'body2' } }}
        control={<Switch size="small" checked={autoAnswer} onChange={(e) => store.getState().setAutoAnswer(e.target.checked)} />}
        label={t('devices.auto_answer')}
      />
      <FormControlLabel
        sx={{ gridColumn: '1 / -1', ml: 0 }}
        slotProps={{ typography: { variant: 'body2' } }}
        control={<Switch size="small" checked={notifyAlways} onChange={(e) => store.getState().setNotifyAlways(e.target.checked)} />}
        label={t('devices.notify_always')}
      />
    </Box>
  );
}
