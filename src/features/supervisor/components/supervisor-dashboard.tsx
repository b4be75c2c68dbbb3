import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/lib/api-error';
import { useSupervisorOverview } from '../api/get-supervisor-overview';
import { AgentBoard } from './agent-board';
import { QueueTable } from './queue-table';
import '../supervisor-locales';

export interface SupervisorDashboardProps {
  renderPhoneNumber?: (number: string) => ReactNode;
}

/** The team lead's live view: queues on top, agents below. */
export function SupervisorDashboard({ renderPhoneNumber }: SupervisorDashboardProps) {
  const { t } = useTranslation('supervisor');
  const overview = useSupervisorOverview();

  if (overview.isPending) return <LinearProgress aria-label={t('loading')} />;
  if (overview.isError) {
    const error = overview.error;
    const forbidden = isApiError(error) && error.status === 403;
    return (
      <Alert
        severity={forbidden ? 'warning' : 'error'}
        role="alert"
        action={
          forbidden ? undefined : (
            <Button color="inherit" size="small" onClick={() => void overview.refetch()}>
              {t('retry')}
            </Button>
          )
        }
      >
        {forbidden ? t('forbidden') : t('load_failed')}
      </Alert>
    );
  }

  const { queues, agents } = overview.data;
  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', gap: 2, height: '100%', minHeight: 0 }}>
      <Box component="section" aria-labelledby="sup-queues">
        <Typography id="sup-queues" component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {t('queues.title', { count: queues.length })}
        </Typography>
        <QueueTable queues={queues} />
      </Box>
      <Box component="section" aria-labelledby="sup-agents" tabIndex={0} sx={{ minHeight: 0, overflow: 'auto' }}>
        <Typography id="sup-agents" component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {t('agents.title', { count: agents.length })}
        </Typography>
        <AgentBoard agents={agents} renderPhoneNumber={renderPhoneNumber} />
      </Box>
    </Box>
  );
}
