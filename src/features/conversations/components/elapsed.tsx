import Box from '@mui/material/Box';
import { formatDuration } from '@/lib/format-duration';
import { useSecondTick } from '@/lib/second-ticker';

export interface ElapsedProps {
  since: string;
}

/** A running "mm:ss" since a moment, ticking on the page's one shared second. */
export function Elapsed({ since }: ElapsedProps) {
  const now = useSecondTick();
  return (
    <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatDuration(now - Math.floor(Date.parse(since) / 1000))}
    </Box>
  );
}
