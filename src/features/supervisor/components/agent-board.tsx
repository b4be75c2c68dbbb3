import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AgentPresence } from '@/contract/schemas/queue';
import { AgentBoardRow } from './agent-board-row';
import { SpacerRow } from './spacer-row';
import { useVirtualTableRows } from './use-virtual-table-rows';
import { virtualTableSx } from './virtual-table-sx';
import '../supervisor-locales';

export interface AgentBoardProps {
  agents: AgentPresence[];
  /** Renders a dialable number (the app passes the softphone's click-to-dial); plain text otherwise. */
  renderPhoneNumber?: (number: string) => ReactNode;
  /** Id of the heading that names the scrolling region. */
  labelledBy: string;
}

const plainNumber = (number: string) => number;
const agentIdOf = (agent: AgentPresence) => agent.agentId;
/** Column widths (the table lays out fixed, so they hold while rows come and go). */
const columns = ['16%', '11%', '11%', '10%', '18%', '22%', '12%'];

/** Every seat of the centre, a thousand or more: only the rows in view are rendered. */
export function AgentBoard({ agents, renderPhoneNumber = plainNumber, labelledBy }: AgentBoardProps) {
  const { t } = useTranslation('supervisor');
  const scrollRef = useRef<HTMLDivElement>(null);
  const { slots, measureRow, bodyProps } = useVirtualTableRows({ rows: agents, idOf: agentIdOf, scrollRef });
  // Built once per language: the board re-renders every frame under traffic, its header never needs to.
  const head = useMemo(
    () => (
      <TableHead>
        <TableRow aria-rowindex={1}>
          <TableCell>{t('agents.name')}</TableCell>
          <TableCell>{t('agents.work_number')}</TableCell>
          <TableCell>{t('agents.extension')}</TableCell>
          <TableCell>{t('agents.role')}</TableCell>
          <TableCell>{t('agents.skills')}</TableCell>
          <TableCell>{t('agents.state')}</TableCell>
          <TableCell align="right">{t('agents.in_state')}</TableCell>
        </TableRow>
      </TableHead>
    ),
    [t],
  );
  return (
    // Focusable, so the keyboard scrolls it (arrows, Page Up/Down, Home/End).
    <Box ref={scrollRef} tabIndex={0} role="group" aria-labelledby={labelledBy} data-virtual-scroller="" sx={virtualTableSx.scroller}>
      <Table size="small" stickyHeader aria-label={t('agents.table_label')} aria-rowcount={agents.length + 1} sx={virtualTableSx.table}>
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
              <AgentBoardRow key={slot.key} agent={agents[slot.index]!} index={slot.index} measureRef={measureRow} renderPhoneNumber={renderPhoneNumber} />
            ),
          )}
        </TableBody>
      </Table>
    </Box>
  );
}
