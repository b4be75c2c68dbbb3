import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { isApiError } from '@/lib/api-error';

export interface PanelErrorFallbackProps {
  panel: string;
  error: unknown;
  onRetry: () => void;
}

/** The message a panel shows when what it needed failed: which panel, why in plain words, and a retry. */
export function PanelErrorFallback({ panel, error, onRetry }: PanelErrorFallbackProps) {
  const { t } = useTranslation('common');
  const code = isApiError(error) ? error.code : 'unexpected';
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('panel.retry')}
        </Button>
      }
    >
      {t('panel.failed', { panel })} {t(`errors.${code}`, { defaultValue: t('errors.unexpected') })}
    </Alert>
  );
}
