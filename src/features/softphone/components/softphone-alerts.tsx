import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useSoftphone, useSoftphoneState } from '../hooks/use-softphone';
import { notificationPermission } from '../lib/call-notification';
import { selectHasLiveCall } from '../stores/softphone-selectors';

/** After a reload nothing on the page has been clicked yet, and Chrome keeps Web Audio (the ringtone) silent until then. */
function isAudioLocked(): boolean {
  const activation = (globalThis.navigator as (Navigator & { userActivation?: { hasBeenActive: boolean } }) | undefined)?.userActivation;
  return activation ? !activation.hasBeenActive : false;
}

// Dense alerts: the panel is narrow and the call controls must stay visible at 1093×614.
const dense = { py: 0, px: 1, '& .MuiAlert-message': { py: 0.5 }, '& .MuiAlert-icon': { py: 0.75, mr: 1 } } as const;

const AUTH_CODES = new Set(['invalid_credentials', 'auth_failed']);
const KNOWN_FAILURES = new Set(['settings_unavailable', 'phone_unavailable', 'invalid_uri']);
const RECONNECTING = new Set(['transport_lost', 'transport_unreachable', 'owner_tab_closed']);

/** Problems the agent must know about before the next call: registration, microphone, a refused action. */
export function SoftphoneAlerts() {
  const { t, i18n } = useTranslation('softphone');
  const { store, retryRegistration, recheckMicrophone } = useSoftphone();
  const registration = useSoftphoneState((s) => s.registration);
  const registrationError = useSoftphoneState((s) => s.registrationError);
  const microphone = useSoftphoneState((s) => s.microphone);
  const error = useSoftphoneState((s) => s.error);
  const owner = useSoftphoneState((s) => s.tabRole === 'owner');
  const hasLiveCall = useSoftphoneState(selectHasLiveCall);
  const [notifications, setNotifications] = useState(notificationPermission);
  const [audioLocked, setAudioLocked] = useState(isAudioLocked);

  useEffect(() => {
    // The permission changes from the browser's own prompt; re-read it when the agent comes back.
    const refresh = () => {
      setNotifications(notificationPermission());
      setAudioLocked(isAudioLocked());
    };
    window.addEventListener('focus', refresh);
    window.addEventListener('pointerup', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      window.removeEventListener('pointerup', refresh);
    };
  }, []);

  const registrationMessage = (() => {
    if (registration === 'failed') {
      if (registrationError && AUTH_CODES.has(registrationError)) return t('registration.auth_failed');
      if (registrationError && KNOWN_FAILURES.has(registrationError)) return t(`registration.${registrationError}`);
      return t('registration.failed', { code: registrationError ?? '?' });
    }
    // The media of a live call is peer to peer and carries on while signalling reconnects: say so.
    if (registration === 'unregistered' && registrationError === 'transport_lost' && hasLiveCall) return t('registration.transport_lost_in_call');
    if (registration === 'unregistered' && registrationError && RECONNECTING.has(registrationError)) return t(`registration.${registrationError}`);
    return null;
  })();

  const errorMessage = error
    ? i18n.exists(`softphone:errors.${error.code}`)
      ? t(`errors.${error.code}`)
      : t('errors.unknown')
    : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, '&:empty': { display: 'none' } }}>
      {registrationMessage && (
        <Alert
          sx={dense}
          severity={registration === 'failed' ? 'error' : 'warning'}
          action={
            registration === 'failed' && owner ? (
              <Button color="inherit" size="small" onClick={retryRegistration}>
                {t('registration.retry')}
              </Button>
            ) : undefined
          }
        >
          {registrationMessage}
        </Alert>
      )}
      {(microphone === 'denied' || microphone === 'no_device' || microphone === 'unavailable') && (
        <Alert
          sx={dense}
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={recheckMicrophone}>
              {t('microphone.check_again')}
            </Button>
          }
        >
          {t(`microphone.${microphone}`)}
        </Alert>
      )}
      {errorMessage && (
        <Alert sx={dense} severity="warning" onClose={() => store.getState().setError(null)} slotProps={{ closeButton: { 'aria-label': t('errors.dismiss'), title: t('errors.dismiss') } }}>
          {errorMessage}
        </Alert>
      )}
      {owner && audioLocked && (
        <Alert sx={{ ...dense, typography: 'caption' }} variant="outlined" severity="info" role="note">
          {t('notification.audio_locked')}
        </Alert>
      )}
      {owner && notifications === 'denied' && (
        <Alert sx={{ ...dense, typography: 'caption' }} variant="outlined" severity="info" role="note">
          {t('notification.denied')}
        </Alert>
      )}
    </Box>
  );
}
