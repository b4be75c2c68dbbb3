import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { PlainTextField } from '@/components/plain-text-field';
import { useSoftphone } from '../hooks/use-softphone';

export interface TransferFormProps {
  callId: string;
  busy: boolean;
}

/** Blind transfer or consult to an extension (an expert seat such as 2001) or a number. */
export function TransferForm({ callId, busy }: TransferFormProps) {
  const { t } = useTranslation('softphone');
  const { controller } = useSoftphone();
  const [target, setTarget] = useState('');
  const empty = target.trim() === '';
  return (
    <Box component="form" onSubmit={(e) => e.preventDefault()} sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
      <PlainTextField
        size="small"
        label={t('transfer.target')}
        placeholder={t('transfer.target_placeholder')}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        inputMode="tel"
        autoComplete="off"
        sx={{ flex: '1 1 100%' }}
      />
      <Button size="small" variant="outlined" sx={{ flex: 1 }} disabled={empty || busy} onClick={() => void controller.transferBlind(callId, target)}>
        {t('transfer.blind')}
      </Button>
      <Button size="small" variant="outlined" sx={{ flex: 1 }} disabled={empty || busy} onClick={() => void controller.startConsult(callId, target)}>
        {t('transfer.consult')}
      </Button>
    </Box>
  );
}
