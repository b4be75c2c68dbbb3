import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AgentPresence } from '@/contract/schemas/queue';
import { formatDuration } from '@/lib/format-duration';
import { useNow } from '@/lib/use-now';
import '../supervisor-locales';

export interface AgentBoardProps {
  agents: AgentPresence[];
  /** Renders a dialable number (the app passes the softphone's click-to-dial); plain text otherwise. */
  renderPhoneNumber?: (number: string) => ReactNode;
}

export function AgentBoard({ agents, renderPhoneNumber = (n) => n }: AgentBoardProps) {
  const { t } = useTranslation('supervisor');
  const now = useNow();
  // A seat signs in Not ready with no reason: say so rather than leave it bare.
  const reasonOf = (a: AgentPresence) => (a.reason ? t(`reasons.${a.reason}`) : a.status === 'not_ready' ? t('agents.signed_in') : null);
  return (
    <Table size="small" aria-label={t('agents.table_label')} stickyHeader>
      <TableHead>
        <TableRow>
          <TableCell>{t('agents.name')}</TableCell>
          <TableCell>{t('agents.work_number')}</TableCell>
          <TableCell>{t('agents.extension')}</TableCell>
          <TableCell>{t('agents.role')}</TableCell>
          <TableCell>{t('agents.skills')}</TableCell>
          <TableCell>{t('agents.state')}</TableCell>
          <TableCell align="right">{t('agents.in_state')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {agents.map((a) => (
          <TableRow key={a.agentId} hover>
            <TableCell component="th" scope="row">
              {a.displayName}
            </TableCell>
            <TableCell>{a.workNumber}</TableCell>
            <TableCell>{renderPhoneNumber(a.extension)}</TableCell>
            <TableCell>{t(`roles.${a.role}`)}</TableCell>
            <TableCell>{a.skills.map((s) => t(`skills.${s}`)).join(' · ')}</TableCell>
            <TableCell>
              {t(`status.${a.status}`)}
              {reasonOf(a) ? ` · ${reasonOf(a)}` : ''}
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatDuration((now - Date.parse(a.since)) / 1000)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
