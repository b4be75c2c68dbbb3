import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { sessionControls } from './controls';

/** Sessions: expire them to try signing in again without losing work. */
export function SessionPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  return (
    <PanelSectionFrame title={t('session.title')}>
      <Button variant="outlined" onClick={() => run(() => sessionControls.expireSession(), t('session.expired'))}>
        {t('session.expire')}
      </Button>
    </PanelSectionFrame>
  );
}
