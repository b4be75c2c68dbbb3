import Box from '@mui/material/Box';
import type { AgentStatus } from '@/contract/schemas/agent-state';

const colours: Record<AgentStatus, string> = {
  ready: 'success.main',
  busy: 'primary.main',
  after_call_work: 'secondary.main',
  not_ready: 'warning.main',
  offline: 'text.disabled',
};

export interface StatusDotProps {
  status: AgentStatus;
}

/** A coloured dot before the state's name, so a lead finds the idle or stuck seats at a glance; the name stays the message. */
export function StatusDot({ status }: StatusDotProps) {
  return <Box component="span" aria-hidden="true" sx={{ display: 'inline-block', width: 8, height: 8, borderRadius: '50%', bgcolor: colours[status], mr: 1, verticalAlign: 'middle' }} />;
}
