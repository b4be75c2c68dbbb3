import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import type { PiiField, RevealedValue } from '@/contract/schemas/pii';
import { usePiiPolicy } from '../api/get-pii-policy';
import { useCountdown } from '../hooks/use-countdown';

const RevealDialog = lazy(() => import('./reveal-dialog').then((m) => ({ default: m.RevealDialog })));

export interface MaskedValueProps {
  customerId: string;
  field: PiiField;
  /** Which one (a subscription, an account); absent for the customer's own. */
  subjectId?: string;
  masked: string;
}

/**
 * A value as the server masked it (138****5678). Where the role may, a reveal button asks for a reason,
 * shows the full value and masks it again when the policy's time is up, counting down on screen. The full
 * value lives in this component only: never in the query cache, storage or the URL.
 */
export function MaskedValue({ customerId, field, subjectId, masked }: MaskedValueProps) {
  const { t } = useTranslation('customers');
  const policy = usePiiPolicy().data;
  const [asking, setAsking] = useState(false);
  const [dialogMounted, setDialogMounted] = useState(false);
  const [revealed, setRevealed] = useState<{ value: string; until: number } | null>(null);
  const left = useCountdown(revealed?.until ?? null);
  const fieldName = t(`pii.field.${field}`);

  useEffect(() => {
    if (left === 0) setRevealed(null);
  }, [left]);

  const canReveal = !!policy?.revealable.includes(field);
  const onRevealed = (answer: RevealedValue) => {
    // The policy's seconds from now, on this clock (the server's may differ); never longer than it said.
    const serverLeft = Date.parse(answer.expiresAt) - Date.now();
    const seconds = policy?.revealSeconds ?? 30;
    const ms = Number.isFinite(serverLeft) && serverLeft > 0 ? Math.min(seconds * 1000, serverLeft) : seconds * 1000;
    setRevealed({ value: answer.value, until: Date.now() + ms });
    setAsking(false);
  };

  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, minWidth: 0 }}>
      <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere', fontWeight: revealed ? 600 : undefined }}>
        {revealed ? revealed.value : masked}
      </Typography>
      {revealed ? (
        <>
          <Typography
            component="span"
            role="timer"
            aria-label={t('pii.countdown_label', { field: fieldName, seconds: left ?? 0 })}
            variant="caption"
            sx={{ px: 0.5, borderRadius: 0.5, bgcolor: 'warning.main', color: 'warning.contrastText', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          >
            {t('pii.countdown', { seconds: left ?? 0 })}
          </Typography>
          <IconButton aria-label={t('pii.hide', { field: fieldName })} onClick={() => setRevealed(null)} sx={{ width: 24, height: 24, minWidth: 24, minHeight: 24 }}>
            <VisibilityOff sx={{ fontSize: 16 }} />
          </IconButton>
        </>
      ) : (
        canReveal && (
          <IconButton
            aria-label={t('pii.reveal', { field: fieldName })}
            onClick={() => {
              setAsking(true);
              setDialogMounted(true);
            }}
            sx={{ width: 24, height: 24, minWidth: 24, minHeight: 24, color: 'text.secondary' }}
          >
            <Visibility sx={{ fontSize: 16 }} />
          </IconButton>
        )
      )}
      {dialogMounted && (
        <Suspense fallback={null}>
          <RevealDialog
            open={asking}
            customerId={customerId}
            field={field}
            subjectId={subjectId}
            seconds={policy?.revealSeconds ?? 30}
            onClose={() => setAsking(false)}
            onRevealed={onRevealed}
          />
        </Suspense>
      )}
    </Box>
  );
}
