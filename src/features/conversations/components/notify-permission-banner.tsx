import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useOffers } from '../api/get-offers';
import { watchNotificationPermission } from '../lib/notification-permission';
import { useNotifyPrefsStore } from '../stores/notify-prefs-store';

/**
 * Asks for desktop notifications politely: never at load, only once an offer has arrived (the moment the
 * agent sees why) and only while the browser has not been answered yet, with Allow / Not now; the browser's
 * own prompt comes from the agent's click. A blocked permission is said once for the whole desktop by the
 * shell's notifications banner (the softphone's), and in the conversation settings.
 */
export function NotifyPermissionBanner() {
  const { t } = useTranslation('conversations');
  const permission = useNotifyPrefsStore((s) => s.permission);
  const askDismissed = useNotifyPrefsStore((s) => s.askDismissed);
  const hasOffer = (useOffers().data?.length ?? 0) > 0;
  const [seenOffer, setSeenOffer] = useState(false);
  useEffect(() => {
    if (hasOffer) setSeenOffer(true);
  }, [hasOffer]);
  // The permission changes elsewhere too: the softphone's ask on the first click, the browser's site settings.
  useEffect(() => watchNotificationPermission(() => useNotifyPrefsStore.getState().refreshPermission()), []);

  if (permission !== 'default' || askDismissed || !seenOffer) return null;
  // The buttons under the question: beside it, in a column this narrow, the question wraps a word a line.
  return (
    <Alert severity="info" variant="outlined" sx={{ py: 0.25, fontSize: 13 }}>
      {t('notify.ask')}
      <Box sx={{ display: 'flex', gap: 0.5, mt: 0.5, ml: -0.75 }}>
        <Button size="small" color="inherit" onClick={() => void useNotifyPrefsStore.getState().requestPermission()}>
          {t('notify.allow')}
        </Button>
        <Button size="small" color="inherit" onClick={() => useNotifyPrefsStore.getState().dismissAsk()}>
          {t('notify.later')}
        </Button>
      </Box>
    </Alert>
  );
}
