import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { getMockDb } from '@mocks/core/mock-db';
import { PanelSectionFrame, type MockPanelSectionProps } from '@mocks/core/panel-section';
import { supervisorControls } from './controls';

/** A queue surge (排队激增) for the team lead's board. */
export function SupervisorPanelSection({ run }: MockPanelSectionProps) {
  const { t } = useTranslation('dev');
  const queues = [...getMockDb().queues.values()];
  const [queueId, setQueueId] = useState(queues[0]?.queueId ?? '');
  const [waiting, setWaiting] = useState('40');
  return (
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
        <Button variant="outlined" onClick={() => run(() => supervisorControls.surgeQueue(queueId, Math.max(0, Math.round(Number(waiting) || 0))), t('surge.done'))}>
          {t('surge.submit')}
        </Button>
      </Stack>
    </PanelSectionFrame>
  );
}
