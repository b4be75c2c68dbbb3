import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/lib/api-error';
import { useSupervisorOverview } from '../api/get-supervisor-overview';
import { boardPaintProbe } from '../board-updates/board-paint-probe';
import { AgentBoard } from './agent-board';
import { QueueTable } from './queue-table';
import '../supervisor-locales';

export interface SupervisorDashboardProps {
  renderPhoneNumber?: (number: string) => ReactNode;
}

const sectionSx = { display: 'flex', flexDirection: 'column', minHeight: 0 } as const;
const headingSx = { fontWeight: 600, mb: 0.5 } as const;

/** The team lead's live view: queues on top, agents below, each scrolling in its own box. */
export function SupervisorDashboard({ renderPhoneNumber }: SupervisorDashboardProps) {
  const { t } = useTranslation('supervisor');
  const overview = useSupervisorOverview();
  // Runs after each commit of new board data; the bench's probe (absent otherwise) then waits for the paint.
  useLayoutEffect(() => boardPaintProbe?.committed(), [overview.data]);

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
    // Queues take what they need up to two fifths of the height; agents fill the rest.
    <Box sx={{ display: 'grid', gridTemplateRows: 'fit-content(40%) minmax(0, 1fr)', gap: 1.5, height: '100%', minHeight: 0 }}>
      <Box component="section" aria-labelledby="sup-queues" sx={sectionSx}>
        <Typography id="sup-queues" component="h2" variant="subtitle1" sx={headingSx}>
          {t('queues.title', { count: queues.length })}
        </Typography>
        <QueueTable queues={queues} labelledBy="sup-queues" />
      </Box>
      <Box component="section" aria-labelledby="sup-agents" sx={sectionSx}>
        <Typography id="sup-agents" component="h2" variant="subtitle1" sx={headingSx}>
          {t('agents.title', { count: agents.length })}
        </Typography>
        <AgentBoard agents={agents} renderPhoneNumber={renderPhoneNumber} labelledBy="sup-agents" />
      </Box>
    </Box>
  );
}
