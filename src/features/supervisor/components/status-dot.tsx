import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { AgentStatus } from '@/contract/schemas/agent-state';

// Five hues a glance tells apart in both themes; the palette's secondary teal sat too close to Ready's green.
const colours: Record<AgentStatus, string | ((theme: Theme) => string)> = {
  ready: 'success.main',
  busy: 'primary.main',
  after_call_work: (theme) => (theme.palette.mode === 'dark' ? '#c3a6ff' : '#7048c8'),
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
