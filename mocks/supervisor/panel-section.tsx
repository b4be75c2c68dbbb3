import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { getMockDb } from '@mocks/core/mock-db';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { supervisorControls } from './controls';

const whole = (value: string) => Math.max(0, Math.round(Number(value) || 0));

/** A queue surge (排队激增), and a whole centre with its traffic, for the team lead's board. */
export function SupervisorPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const queues = [...getMockDb().queues.values()];
  const [queueId, setQueueId] = useState(queues[0]?.queueId ?? '');
  const [waiting, setWaiting] = useState('40');
  const [seats, setSeats] = useState('1000');
  const [queueCount, setQueueCount] = useState('200');
  const [rate, setRate] = useState('500');
  const [seconds, setSeconds] = useState('30');
  return (
    <>
      <PanelSectionFrame title={t('surge.title')}>
        <TextField select label={t('surge.queue')} value={queueId} onChange={(e) => setQueueId(e.target.value)}>
          {queues.map((q) => (
            <MenuItem key={q.queueId} value={q.queueId}>
              {q.name}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={1}>
          <TextField label={t('surge.waiting')} type="number" value={waiting} onChange={(e) => setWaiting(e.target.value)} sx={{ flex: 1 }} />
          <Button variant="outlined" onClick={() => run(() => supervisorControls.surgeQueue(queueId, whole(waiting)), t('surge.done'))}>
            {t('surge.submit')}
          </Button>
        </Stack>
      </PanelSectionFrame>
      <PanelSectionFrame title={t('centre.title')}>
        <Stack direction="row" spacing={1}>
          <TextField label={t('centre.agents')} type="number" value={seats} onChange={(e) => setSeats(e.target.value)} sx={{ flex: 1 }} />
          <TextField label={t('centre.queues')} type="number" value={queueCount} onChange={(e) => setQueueCount(e.target.value)} sx={{ flex: 1 }} />
        </Stack>
        <Button variant="outlined" onClick={() => run(() => supervisorControls.loadCentre({ agents: whole(seats), queues: whole(queueCount) }), t('centre.loaded'))}>
          {t('centre.load')}
        </Button>
        <Stack direction="row" spacing={1}>
          <TextField label={t('centre.rate')} type="number" value={rate} onChange={(e) => setRate(e.target.value)} sx={{ flex: 1 }} />
          <TextField label={t('centre.seconds')} type="number" value={seconds} onChange={(e) => setSeconds(e.target.value)} sx={{ flex: 1 }} />
        </Stack>
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => run(() => supervisorControls.startFloorTraffic({ eventsPerSecond: whole(rate), durationMs: whole(seconds) * 1000 }), t('centre.started'))}>
            {t('centre.start')}
          </Button>
          <Button variant="text" onClick={() => run(() => supervisorControls.stopFloorTraffic(), t('centre.stopped'))}>
            {t('centre.stop')}
          </Button>
        </Stack>
      </PanelSectionFrame>
    </>
  );
}
