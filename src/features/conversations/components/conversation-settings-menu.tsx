import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import Tune from '@mui/icons-material/Tune';
import { useConversationSettings, useSetAutoAccept } from '../api/get-settings';
import { useNotifyPrefsStore } from '../stores/notify-prefs-store';

/** Auto-accept (the server's setting) and when offers notify on the desktop (this browser's). */
export function ConversationSettingsMenu() {
  const { t } = useTranslation('conversations');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const settings = useConversationSettings().data;
  const setAutoAccept = useSetAutoAccept();
  const notifyAlways = useNotifyPrefsStore((s) => s.notifyAlways);
  const setNotifyAlways = useNotifyPrefsStore((s) => s.setNotifyAlways);
  const permission = useNotifyPrefsStore((s) => s.permission);
  return (
    <>
      <IconButton size="small" aria-label={t('settings.open')} title={t('settings.open')} aria-haspopup="dialog" aria-expanded={!!anchor} onClick={(e) => setAnchor(e.currentTarget)}>
        <Tune fontSize="small" />
      </IconButton>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
        <Box role="dialog" aria-label={t('settings.title')} sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5, maxWidth: 300 }}>
          <FormControlLabel
            control={<Switch size="small" checked={settings?.autoAccept ?? false} disabled={!settings || setAutoAccept.isPending} onChange={(e) => setAutoAccept.mutate(e.target.checked)} />}
            label={t('settings.auto_accept')}
          />
          <Typography variant="caption" color="text.secondary">
            {t('settings.auto_accept_hint')}
          </Typography>
          <FormControlLabel control={<Switch size="small" checked={notifyAlways} onChange={(e) => setNotifyAlways(e.target.checked)} />} label={t('settings.notify_always')} />
          <Typography variant="caption" color="text.secondary">
            {t('settings.notify_hint')}
          </Typography>
          {permission === 'default' && (
            <Button size="small" variant="outlined" onClick={() => void useNotifyPrefsStore.getState().requestPermission()} sx={{ alignSelf: 'flex-start' }}>
              {t('settings.notify_enable')}
            </Button>
          )}
          {permission === 'granted' && (
            <Typography variant="caption" color="success.main">
              {t('settings.notify_granted')}
            </Typography>
          )}
          {permission === 'denied' && (
            <Typography variant="caption" color="warning.main">
              {t('settings.notify_denied')}
            </Typography>
          )}
        </Box>
      </Popover>
    </>
  );
}
