import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { Channel } from '@/contract/schemas/channel';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { contactControls, type InjectContactInput } from './controls';

/** Offer a call, chat, SMS, email or social message to the signed-in seats. */
export function ContactsPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const [contact, setContact] = useState<InjectContactInput>({ channel: 'voice', from: '13800138000', intent: 'billing', verified: true });
  return (
    <PanelSectionFrame title={t('inject.title')}>
      <TextField select label={t('inject.channel')} value={contact.channel} onChange={(e) => setContact({ ...contact, channel: e.target.value as InjectContactInput['channel'] })}>
        {Channel.options.map((c) => (
          <MenuItem key={c} value={c}>
            {t(`channels.${c}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('inject.from')} value={contact.from} onChange={(e) => setContact({ ...contact, from: e.target.value })} />
      <TextField label={t('inject.intent')} value={contact.intent ?? ''} onChange={(e) => setContact({ ...contact, intent: e.target.value || null })} />
      <FormControlLabel control={<Switch checked={!!contact.verified} onChange={(e) => setContact({ ...contact, verified: e.target.checked })} />} label={t('inject.verified')} />
      <Button variant="outlined" onClick={() => run(() => contactControls.injectContact(contact), t('inject.done'))}>
        {t('inject.submit')}
      </Button>
    </PanelSectionFrame>
  );
}
