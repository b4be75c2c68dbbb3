import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Lock from '@mui/icons-material/Lock';
import VerifiedUser from '@mui/icons-material/VerifiedUser';
import { verifyCaller } from '@/contract/endpoints/contacts';
import type { ContactView, VerificationAttempt } from '@/contract/schemas/contact-view';
import { announce } from '@/lib/announce';
import { isApiErrorOf } from '@/lib/api-error';
import { useVerifyCaller } from '../api/verify-caller';

export interface IdentityCheckProps {
  contact: ContactView;
}

type Method = VerificationAttempt['method'];

/**
 * Whether the caller is who they say (身份验证), asked once per contact: verified by the IVR or the channel
 * shows as such; otherwise two quick checks with the attempts left, and a lock when none are. The answer
 * travels with the contact (contact.updated), so another tab or a colleague after a transfer never asks again.
 */
export function IdentityCheck({ contact }: IdentityCheckProps) {
  const { t } = useTranslation('customers');
  const formId = useId();
  const [method, setMethod] = useState<Method>('id_last4');
  const [answer, setAnswer] = useState('');
  const verify = useVerifyCaller(contact.contactId);

  if (contact.verified && contact.verification) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'success.main' }}>
        <VerifiedUser aria-hidden sx={{ fontSize: 18 }} />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t(`identity.verified_by.${contact.verification.method}`)}
        </Typography>
      </Box>
    );
  }
  if (contact.attemptsLeft <= 0) {
    return (
      <Alert severity="error" icon={<Lock fontSize="inherit" />} sx={{ py: 0 }}>
        {t('identity.locked')}
      </Alert>
    );
  }

  const error = verify.error;
  const message = !verify.isError
    ? null
    : isApiErrorOf(error, verifyCaller, 'verification_failed')
      ? t('identity.wrong', { count: error.details.attemptsLeft })
      : isApiErrorOf(error, verifyCaller, 'verification_locked')
        ? t('identity.locked')
        : t('identity.failed');

  return (
    <Box
      component="form"
      aria-label={t('identity.check')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!answer.trim() || verify.isPending) return;
        verify.mutate(
          { method, answer: answer.trim() },
          {
            onSuccess: (next) => {
              setAnswer('');
              if (next.verified) announce(t('identity.verified_now'));
            },
          },
        );
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, color: 'warning.main' }}>
          {t('identity.not_verified')}
        </Typography>
        <Typography variant="caption" color="text.secondary" id={`${formId}-attempts`}>
          {t('identity.attempts_left', { count: contact.attemptsLeft })}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 8.5em) minmax(0, 1fr) auto', gap: 0.5, alignItems: 'start' }}>
        <TextField select size="small" label={t('identity.method')} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
          <MenuItem value="id_last4">{t('identity.methods.id_last4')}</MenuItem>
          <MenuItem value="bill_amount">{t('identity.methods.bill_amount')}</MenuItem>
        </TextField>
        <TextField
          size="small"
          label={t('identity.answer')}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: method === 'id_last4' ? 'text' : 'decimal', maxLength: 20, 'aria-describedby': `${formId}-attempts` } }}
        />
        <Button type="submit" variant="outlined" disabled={!answer.trim() || verify.isPending} sx={{ minHeight: 32 }}>
          {t('identity.verify')}
        </Button>
      </Box>
      {message && (
        <Typography role="alert" variant="caption" color="error.main">
          {message}
        </Typography>
      )}
    </Box>
  );
}
