import { useTranslation } from 'react-i18next';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { QueueStats } from '@/contract/schemas/queue';
import { formatDuration } from '@/lib/format-duration';
import '../supervisor-locales';

export interface QueueTableProps {
  queues: QueueStats[];
}

/** Live queues, worst first: a lead scans for the queue that needs people now. */
export function QueueTable({ queues }: QueueTableProps) {
  const { t } = useTranslation('supervisor');
  const sorted = [...queues].sort((a, b) => b.longestWaitSec - a.longestWaitSec);
  return (
    <Table size="small" aria-label={t('queues.table_label')} stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{t('queues.name')}</TableCell>
          <TableCell>{t('queues.tier')}</TableCell>
          <TableCell align="right">{t('queues.waiting')}</TableCell>
          <TableCell align="right">{t('queues.longest_wait')}</TableCell>
          <TableCell align="right">{t('queues.ready')}</TableCell>
          <TableCell align="right">{t('queues.busy')}</TableCell>
          <TableCell align="right">{t('queues.service_level')}</TableCell>
          <TableCell align="right">{t('queues.abandoned')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((q) => {
          const slLow = q.serviceLevel < 0.8;
          return (
            <TableRow key={q.queueId} hover>
              <TableCell component="th" scope="row">
                {q.name}
              </TableCell>
              <TableCell>{t(`tiers.${q.tier}`)}</TableCell>
              <TableCell align="right">{q.waiting}</TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: q.longestWaitSec > 60 ? 'warning.main' : undefined }}>
                {formatDuration(q.longestWaitSec)}
              </TableCell>
              <TableCell align="right">{q.agentsReady}</TableCell>
              <TableCell align="right">{q.agentsBusy}</TableCell>
              <TableCell align="right" sx={{ color: slLow ? 'error.main' : undefined, fontWeight: slLow ? 600 : undefined }}>
                {Math.round(q.serviceLevel * 100)}%
              </TableCell>
              <TableCell align="right">{q.abandonedToday}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
