import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { NoticeSeverity } from '@/contract/schemas/notice';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { noticeControls } from './controls';

/** A team lead's broadcast to everyone signed in. */
export function NoticesPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const [notice, setNotice] = useState('');
  const [severity, setSeverity] = useState<NoticeSeverity>('info');
  return (
    <PanelSectionFrame title={t('notice.title')}>
      <TextField label={t('notice.text')} value={notice} onChange={(e) => setNotice(e.target.value)} multiline minRows={2} />
      <TextField select label={t('notice.severity')} value={severity} onChange={(e) => setSeverity(e.target.value as NoticeSeverity)}>
        {NoticeSeverity.options.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`severities.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" disabled={!notice.trim()} onClick={() => run(() => noticeControls.broadcastNotice(notice.trim(), severity, t('notice.from')), t('notice.sent'))}>
        {t('notice.send')}
      </Button>
    </PanelSectionFrame>
  );
}
