import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FaultStatus } from '@/contract/endpoints/testing';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { scenarioControls } from './controls';

const statuses: FaultStatus[] = [500, 429, 503];

/** Network: latency and a dropped socket. */
export function NetworkPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const scenario = useSyncExternalStore(scenarioControls.subscribe, scenarioControls.getState);
  const [latency, setLatency] = useState(String(scenario.latencyMs));
  return (
    <PanelSectionFrame title={t('network.title')}>
      <Stack direction="row" spacing={1}>
        <TextField label={t('network.latency')} type="number" value={latency} onChange={(e) => setLatency(e.target.value)} sx={{ flex: 1 }} />
        <Button variant="outlined" onClick={() => run(() => scenarioControls.setLatency(Number(latency)), t('network.latency_set', { ms: latency }))}>
          {t('network.apply')}
        </Button>
      </Stack>
      <Button variant="outlined" onClick={() => run(() => scenarioControls.dropSocket(), t('network.dropped'))}>
        {t('network.drop_socket')}
      </Button>
    </PanelSectionFrame>
  );
}

/** Faults: an endpoint that fails or answers outside the contract. */
export function FaultsPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const scenario = useSyncExternalStore(scenarioControls.subscribe, scenarioControls.getState);
  const endpoints = scenarioControls.listEndpoints();
  const [endpointId, setEndpointId] = useState(endpoints[0]?.id ?? '');
  const [status, setStatus] = useState<FaultStatus>(500);
  return (
    <PanelSectionFrame title={t('faults.title')}>
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
        <Button variant="outlined" onClick={() => run(() => scenarioControls.failEndpoint(endpointId, status), t('faults.failing', { id: endpointId, status }))}>
          {t('faults.fail')}
        </Button>
        <Button variant="outlined" onClick={() => run(() => scenarioControls.respondMalformed(endpointId), t('faults.malformed_set', { id: endpointId }))}>
          {t('faults.malformed')}
        </Button>
        <Button variant="outlined" onClick={() => run(() => scenarioControls.clearFaults(), t('faults.cleared'))}>
          {t('faults.clear')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {t('faults.active', { count: Object.keys(scenario.faults).length, latency: scenario.latencyMs })}
      </Typography>
    </PanelSectionFrame>
  );
}
