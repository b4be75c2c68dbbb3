import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { QueueStats } from '@/contract/schemas/queue';
import { formatDuration } from '@/lib/format-duration';
import { ivrLabel } from '@/lib/ivr-label';
import '../supervisor-locales';

export interface QueueTableRowProps {
  queue: QueueStats;
  /** Position in the sorted table (0-based). */
  index: number;
  measureRef: (row: HTMLTableRowElement | null) => void;
}

/** One queue; memoised, so a frame's batch renders only the queues whose figures came in. */
export const QueueTableRow = memo(function QueueTableRow({ queue: q, index, measureRef }: QueueTableRowProps) {
  const { t } = useTranslation('supervisor');
  const slLow = q.serviceLevel < 0.8;
  return (
    <TableRow hover ref={measureRef} data-index={index} data-queue-id={q.queueId} aria-rowindex={index + 2}>
      <TableCell component="th" scope="row">
        {ivrLabel(t, 'queues', q.queueId, q.name)}
      </TableCell>
      <TableCell>{t(`tiers.${q.tier}`)}</TableCell>
      <TableCell align="right">{q.waiting}</TableCell>
      {/* The server's figure as of its last update: it does not count up on its own, so it does not tick. */}
      <TableCell align="right" sx={{ color: q.longestWaitSec > 60 ? 'warning.main' : undefined }}>
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
});
