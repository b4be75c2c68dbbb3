import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useOffers } from '../api/get-offers';
import { useNotifyPrefsStore } from '../stores/notify-prefs-store';

/**
 * Asks for desktop notifications politely: never at load, only once an offer has arrived (the moment the
 * agent sees why), with Allow / Not now; the browser's own prompt comes from the agent's click. When the
 * browser blocks them, a banner stays (until dismissed for this page) saying offers only chime while hidden.
 */
export function NotifyPermissionBanner() {
  const { t } = useTranslation('conversations');
  const permission = useNotifyPrefsStore((s) => s.permission);
  const askDismissed = useNotifyPrefsStore((s) => s.askDismissed);
  const hasOffer = (useOffers().data?.length ?? 0) > 0;
  const [seenOffer, setSeenOffer] = useState(false);
  const [deniedHidden, setDeniedHidden] = useState(false);
  useEffect(() => {
    if (hasOffer) setSeenOffer(true);
  }, [hasOffer]);
  // The agent may change the permission in the browser's site settings while the page is open.
  useEffect(() => {
    const refresh = () => useNotifyPrefsStore.getState().refreshPermission();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  if (permission === 'denied' && !deniedHidden) {
    return (
      <Alert
        severity="warning"
        variant="outlined"
        sx={{ py: 0, fontSize: 13 }}
        action={
          <Button size="small" color="inherit" onClick={() => setDeniedHidden(true)}>
            {t('notify.dismiss')}
          </Button>
        }
      >
        {t('notify.denied')}
      </Alert>
    );
  }
  if (permission !== 'default' || askDismissed || !seenOffer) return null;
  return (
    <Alert
      severity="info"
      variant="outlined"
      sx={{ py: 0, fontSize: 13 }}
      action={
        <>
          <Button size="small" color="inherit" onClick={() => void useNotifyPrefsStore.getState().requestPermission()}>
            {t('notify.allow')}
          </Button>
          <Button size="small" color="inherit" onClick={() => useNotifyPrefsStore.getState().dismissAsk()}>
            {t('notify.later')}
          </Button>
        </>
      }
    >
      {t('notify.ask')}
    </Alert>
  );
}
