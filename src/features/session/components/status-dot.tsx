import Box from '@mui/material/Box';
import type { AgentStatus } from '@/contract/schemas/agent-state';

export interface StatusDotProps {
  status: AgentStatus;
}

const colorByStatus: Record<AgentStatus, string> = {
  ready: 'success.main',
  busy: 'primary.main',
  after_call_work: 'secondary.main',
  not_ready: 'warning.main',
  offline: 'text.disabled',
};

/** Colour is never the only signal: the status text always stands beside it. */
export function StatusDot({ status }: StatusDotProps) {
  return <Box component="span" aria-hidden sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: colorByStatus[status], mr: 1, flexShrink: 0, display: 'inline-block' }} />;
}
