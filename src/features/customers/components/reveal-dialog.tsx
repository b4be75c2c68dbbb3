import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { revealPii } from '@/contract/endpoints/customers';
import type { PiiField, RevealedValue } from '@/contract/schemas/pii';
import { isApiErrorOf } from '@/lib/api-error';
import { useRevealPii } from '../api/reveal-pii';

export interface RevealDialogProps {
  open: boolean;
  customerId: string;
  field: PiiField;
  subjectId?: string;
  seconds: number;
  onClose: () => void;
  onRevealed: (value: RevealedValue) => void;
}

const MIN_REASON = 4;
const QUICK_REASONS = ['confirm', 'verify', 'update'] as const;

/** Asks why before a masked value is revealed; the reason goes to the audit log with the reveal. */
export function RevealDialog({ open, customerId, field, subjectId, seconds, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation('customers');
  const titleId = useId();
  const [reason, setReason] = useState('');
  const reveal = useRevealPii();
  const fieldName = t(`pii.field.${field}`);
  const valid = reason.trim().length >= MIN_REASON;

  const close = () => {
    setReason('');
    reveal.reset();
    onClose();
  };
  const submit = () => {
    if (!valid || reveal.isPending) return;
    reveal.mutate(
      { customerId, field, subjectId, reason: reason.trim() },
      {
        onSuccess: (value) => {
          setReason('');
          reveal.reset();
          onRevealed(value);
        },
      },
    );
  };
  const forbidden = reveal.isError && isApiErrorOf(reveal.error, revealPii, 'pii_forbidden');

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <DialogTitle id={titleId} sx={{ pb: 1 }}>
          {t('pii.dialog_title', { field: fieldName })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 1.5 }}>
            {t('pii.dialog_body', { seconds })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            required
            label={t('pii.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            helperText={t('pii.reason_help')}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <Box role="group" aria-label={t('pii.quick_reasons')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
            {QUICK_REASONS.map((key) => (
              <Chip key={key} size="small" variant="outlined" label={t(`pii.reasons.${key}`)} onClick={() => setReason(t(`pii.reasons.${key}`))} />
            ))}
          </Box>
          {reveal.isError && (
            <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
              {forbidden ? t('pii.forbidden') : t('pii.failed')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('pii.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!valid || reveal.isPending}>
            {t('pii.confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
