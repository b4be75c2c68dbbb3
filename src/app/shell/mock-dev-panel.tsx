import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Science from '@mui/icons-material/Science';
import { mockControls, type InjectContactInput, type NoticeSeverity } from '@mocks/scenario/mock-controls';
import type { FaultStatus } from '@mocks/scenario/scenario-state';
import { addLocaleBundles } from '@/lib/i18n';

// This panel's strings exist only in mock mode, so they travel with it rather than in every build.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/dev.json', { eager: true, import: 'default' }));

const channels: InjectContactInput['channel'][] = ['voice', 'chat', 'sms', 'email', 'social'];
const statuses: FaultStatus[] = [500, 429, 503];
const severities: NoticeSeverity[] = ['info', 'warning', 'critical'];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack spacing={1} component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}

/** Scenario controls for a person trying the desktop in mock mode (tests use `window.__zuoxiMock`). */
export function MockDevPanel() {
  const { t } = useTranslation('dev');
  const [open, setOpen] = useState(false);
  const scenario = useSyncExternalStore(mockControls.subscribe, mockControls.getState);
  const [contact, setContact] = useState<InjectContactInput>({ channel: 'voice', from: '13800138000', intent: 'billing', verified: true });
  const [latency, setLatency] = useState(String(scenario.latencyMs));
  const endpoints = mockControls.listEndpoints();
  const [endpointId, setEndpointId] = useState(endpoints[0]?.id ?? '');
  const [status, setStatus] = useState<FaultStatus>(500);
  const [notice, setNotice] = useState('');
  const [severity, setSeverity] = useState<NoticeSeverity>('info');
  const [result, setResult] = useState('');

  const run = (action: () => unknown, done: string) => {
    try {
      action();
      setResult(done);
    } catch (error) {
      setResult(t('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <>
      <Button
        variant="contained"
        color="secondary"
        size="small"
        startIcon={<Science fontSize="small" />}
        onClick={() => setOpen(true)}
        sx={{ position: 'fixed', left: 8, bottom: 8, zIndex: (theme) => theme.zIndex.speedDial }}
      >
        {t('open')}
      </Button>
      <Drawer anchor="left" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { sx: { width: 360, p: 2 }, 'aria-label': t('title') } }}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('title')}
          </Typography>
          <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
            {result}
          </Typography>
          <Section title={t('inject.title')}>
            <TextField select label={t('inject.channel')} value={contact.channel} onChange={(e) => setContact({ ...contact, channel: e.target.value as InjectContactInput['channel'] })}>
              {channels.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`channels.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField label={t('inject.from')} value={contact.from} onChange={(e) => setContact({ ...contact, from: e.target.value })} />
            <TextField label={t('inject.intent')} value={contact.intent ?? ''} onChange={(e) => setContact({ ...contact, intent: e.target.value || null })} />
            <FormControlLabel control={<Switch checked={!!contact.verified} onChange={(e) => setContact({ ...contact, verified: e.target.checked })} />} label={t('inject.verified')} />
            <Button variant="outlined" onClick={() => run(() => mockControls.injectContact(contact), t('inject.done'))}>
              {t('inject.submit')}
            </Button>
          </Section>
          <Divider />
          <Section title={t('network.title')}>
            <Stack direction="row" spacing={1}>
              <TextField label={t('network.latency')} type="number" value={latency} onChange={(e) => setLatency(e.target.value)} sx={{ flex: 1 }} />
              <Button variant="outlined" onClick={() => run(() => mockControls.setLatency(Number(latency)), t('network.latency_set', { ms: latency }))}>
                {t('network.apply')}
              </Button>
            </Stack>
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" onClick={() => run(() => mockControls.dropSocket(), t('network.dropped'))}>
                {t('network.drop_socket')}
              </Button>
              <Button variant="outlined" onClick={() => run(() => mockControls.expireSession(), t('network.expired'))}>
                {t('network.expire_session')}
              </Button>
            </Stack>
          </Section>
          <Divider />
          <Section title={t('faults.title')}>
            <TextField select label={t('faults.endpoint')} value={endpointId} onChange={(e) => setEndpointId(e.target.value)}>
              {endpoints.map((ep) => (
                <MenuItem key={ep.id} value={ep.id}>
                  {ep.id}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t('faults.status')} value={status} onChange={(e) => setStatus(Number(e.target.value) as FaultStatus)}>
              {statuses.map((s) => (
                <MenuItem key={s} value={s}>
                  {s}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
              <Button variant="outlined" onClick={() => run(() => mockControls.failEndpoint(endpointId, status), t('faults.failing', { id: endpointId, status }))}>
                {t('faults.fail')}
              </Button>
              <Button variant="outlined" onClick={() => run(() => mockControls.respondMalformed(endpointId), t('faults.malformed_set', { id: endpointId }))}>
                {t('faults.malformed')}
              </Button>
              <Button variant="outlined" onClick={() => run(() => mockControls.clearFaults(), t('faults.cleared'))}>
                {t('faults.clear')}
              </Button>
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {t('faults.active', { count: Object.keys(scenario.faults).length, latency: scenario.latencyMs })}
            </Typography>
          </Section>
          <Divider />
          <Section title={t('notice.title')}>
            <TextField label={t('notice.text')} value={notice} onChange={(e) => setNotice(e.target.value)} multiline minRows={2} />
            <TextField select label={t('notice.severity')} value={severity} onChange={(e) => setSeverity(e.target.value as NoticeSeverity)}>
              {severities.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`severities.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <Button variant="outlined" disabled={!notice.trim()} onClick={() => run(() => mockControls.broadcastNotice(notice.trim(), severity, t('notice.from')), t('notice.sent'))}>
              {t('notice.send')}
            </Button>
          </Section>
          <Box>
            <Button variant="text" color="error" onClick={() => run(() => mockControls.reset(), t('reset_done'))}>
              {t('reset')}
            </Button>
          </Box>
        </Stack>
      </Drawer>
    </>
  );
}
