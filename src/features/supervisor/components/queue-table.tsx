import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { QueueStats } from '@/contract/schemas/queue';
import { QueueTableRow } from './queue-table-row';
import { SpacerRow } from './spacer-row';
import { useVirtualTableRows } from './use-virtual-table-rows';
import { virtualTableSx } from './virtual-table-sx';
import '../supervisor-locales';

export interface QueueTableProps {
  queues: QueueStats[];
  /** Id of the heading that names the scrolling region. */
  labelledBy: string;
}

const worstFirst = (a: QueueStats, b: QueueStats) => b.longestWaitSec - a.longestWaitSec;
const queueIdOf = (queue: QueueStats) => queue.queueId;
const columns = ['25%', '10%', '9%', '12%', '9%', '9%', '13%', '13%'];

/** Live queues, worst first: a lead scans for the queue that needs people now. Only the rows in view render. */
export function QueueTable({ queues, labelledBy }: QueueTableProps) {
  const { t } = useTranslation('supervisor');
  const sorted = useMemo(() => [...queues].sort(worstFirst), [queues]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { slots, measureRow, bodyProps } = useVirtualTableRows({ rows: sorted, idOf: queueIdOf, scrollRef, overscan: 6 });
  // Built once per language: the board re-renders every frame under traffic, its header never needs to.
  const head = useMemo(
    () => (
      <TableHead>
        <TableRow aria-rowindex={1}>
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
    ),
    [t],
  );
  return (
    <Box ref={scrollRef} tabIndex={0} role="group" aria-labelledby={labelledBy} data-virtual-scroller="" sx={virtualTableSx.scroller}>
      <Table size="small" stickyHeader aria-label={t('queues.table_label')} aria-rowcount={sorted.length + 1} sx={virtualTableSx.table}>
        <colgroup>
          {columns.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        {head}
        <TableBody {...bodyProps}>
          {slots.map((slot) =>
            slot.kind === 'gap' ? (
              <SpacerRow key={slot.key} height={slot.height} columns={columns.length} />
            ) : (
              <QueueTableRow key={slot.key} queue={sorted[slot.index]!} index={slot.index} measureRef={measureRow} />
            ),
          )}
        </TableBody>
      </Table>
    </Box>
  );
}
