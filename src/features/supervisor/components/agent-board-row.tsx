import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { AgentPresence } from '@/contract/schemas/queue';
import { DurationSince } from './duration-since';
import { StatusDot } from './status-dot';
import '../supervisor-locales';

export interface AgentBoardRowProps {
  agent: AgentPresence;
  /** Position in the whole board (0-based), not among the rendered rows. */
  index: number;
  measureRef: (row: HTMLTableRowElement | null) => void;
  renderPhoneNumber: (number: string) => ReactNode;
}

/**
 * One seat. Memoised: a frame's batch replaces only the changed seats' objects, so only their rows render;
 * the running duration re-renders by itself.
 */
export const AgentBoardRow = memo(function AgentBoardRow({ agent, index, measureRef, renderPhoneNumber }: AgentBoardRowProps) {
  const { t } = useTranslation('supervisor');
  return (
    <TableRow hover ref={measureRef} data-index={index} data-agent-id={agent.agentId} aria-rowindex={index + 2}>
      <TableCell component="th" scope="row">
        {agent.displayName}
      </TableCell>
      <TableCell>{agent.workNumber}</TableCell>
      <TableCell>{renderPhoneNumber(agent.extension)}</TableCell>
      <TableCell>{t(`roles.${agent.role}`)}</TableCell>
      <TableCell>{agent.skills.map((s) => t(`skills.${s}`)).join(' · ')}</TableCell>
      <TableCell>
        <StatusDot status={agent.status} />
        {t(`status.${agent.status}`)}
        {/* A seat signs in Not ready with no reason: say so rather than leave it bare. */}
        {agent.reason ? ` · ${t(`reasons.${agent.reason}`)}` : agent.status === 'not_ready' ? ` · ${t('agents.signed_in')}` : ''}
      </TableCell>
      <TableCell align="right">
        <DurationSince since={agent.since} />
      </TableCell>
    </TableRow>
  );
});
