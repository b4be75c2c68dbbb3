import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Call from '@mui/icons-material/Call';
import Dialpad from '@mui/icons-material/Dialpad';
import { Hint } from '@/components/hint';
import { PlainTextField } from '@/components/plain-text-field';
import { useTranslation } from 'react-i18next';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';
import { toDialable } from '@/domain/normalize-number';
import { ToneKeypad } from './tone-keypad';

/** Number input, optional 12-key pad and Call. Enter in the field dials. */
export function DialForm() {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const registered = useSoftphoneState((s) => s.registration === 'registered');
  const [number, setNumber] = useState('');
  const [padOpen, setPadOpen] = useState(false);
  const dialable = toDialable(number) !== null;

  const dial = async () => {
    if (!dialable) return;
    const callId = await controller.dial(number);
    if (callId) setNumber('');
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void dial();
        }}
        sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}
      >
        <PlainTextField
          size="small"
          label={t('dial.number')}
          placeholder={t('dial.placeholder')}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          inputMode="tel"
          autoComplete="off"
          sx={{ flex: 1, minWidth: 0 }}
        />
        <Hint title={padOpen ? t('dial.hide_pad') : t('dial.show_pad')}>
          <IconButton aria-label={padOpen ? t('dial.hide_pad') : t('dial.show_pad')} aria-expanded={padOpen} onClick={() => setPadOpen((o) => !o)}>
            <Dialpad fontSize="small" />
          </IconButton>
        </Hint>
        <Button type="submit" variant="contained" color="success" startIcon={<Call aria-hidden />} disabled={!registered || !dialable}>
          {t('dial.call')}
        </Button>
      </Box>
      {padOpen && <ToneKeypad label={t('dial.pad')} onPress={(key) => setNumber((n) => n + key)} />}
    </Box>
  );
}
