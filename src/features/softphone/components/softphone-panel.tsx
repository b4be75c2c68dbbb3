import { Fragment, lazy, Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import Settings from '@mui/icons-material/Settings';
import { useTranslation } from 'react-i18next';
import { useSoftphoneState } from '../hooks/use-softphone';
import { selectActiveCall, selectConsultCall, selectOtherCalls, selectRinging } from '../stores/softphone-selectors';
import { IncomingCallCard } from './incoming-call-card';
import { CurrentCallCard } from './current-call-card';
import { ConsultCallCard } from './consult-call-card';
import { OtherCallCard } from './other-call-card';
import { DialForm } from './dial-form';
import { RecentCallsList } from './recent-calls-list';
import { SoftphoneAlerts } from './softphone-alerts';

// Device pickers and tests are opened now and then, not every call: they load on the first open.
const DeviceSettingsCollapse = lazy(() => import('./device-settings-collapse').then((m) => ({ default: m.DeviceSettingsCollapse })));

/** The softphone area: ringing calls first, then the current call, then dialing and recent calls. */
export function SoftphonePanel() {
  const { t } = useTranslation('softphone');
  const ringing = useSoftphoneState(selectRinging);
  const active = useSoftphoneState(selectActiveCall);
  const consult = useSoftphoneState(selectConsultCall);
  const others = useSoftphoneState(selectOtherCalls);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Mounted from the first open on, so later closes keep their transition.
  const [settingsMounted, setSettingsMounted] = useState(false);

  return (
    <Box component="section" aria-label={t('panel.title')} sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}>
      <SoftphoneAlerts />
      {ringing.map((call) => (
        <IncomingCallCard key={call.callId} call={call} />
      ))}
      {active && <CurrentCallCard call={active} consulting={consult !== null} />}
      {active && consult && <ConsultCallCard customerCallId={active.callId} call={consult} />}
      {others.map((call) => (
        <OtherCallCard key={call.callId} call={call} />
      ))}
      {!active && <DialForm />}
      <Typography variant="caption" color="text.secondary">
        {/* Each "key action" pair stays on one line, so a narrow panel never strands a lone word. */}
        {t('panel.shortcuts')
          .split(' · ')
          .map((part, i) => (
            <Fragment key={part}>
              {i > 0 && ' · '}
              <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                {part}
              </Box>
            </Fragment>
          ))}
      </Typography>
      <Divider />
      <RecentCallsList />
      <Divider />
      <Box>
        <Button
          size="small"
          startIcon={<Settings aria-hidden />}
          aria-expanded={settingsOpen}
          aria-controls="softphone-settings"
          onClick={() => {
            setSettingsOpen((o) => !o);
            setSettingsMounted(true);
          }}
        >
          {t('panel.settings')}
        </Button>
        {settingsMounted && (
          <Suspense fallback={settingsOpen ? <LinearProgress aria-label={t('panel.settings')} /> : null}>
            <DeviceSettingsCollapse open={settingsOpen} />
          </Suspense>
        )}
      </Box>
    </Box>
  );
}
