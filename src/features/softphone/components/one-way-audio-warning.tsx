import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

export function OneWayAudioWarning() {
  const { t } = useTranslation('softphone');
  return (
    <Alert severity="warning" variant="outlined" sx={{ py: 0 }}>
      {t('quality.one_way')}
    </Alert>
  );
}
