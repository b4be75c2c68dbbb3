import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';

export interface UsageBarProps {
  label: string;
  used: number;
  total: number;
  /** "12.3 / 20 GB" as shown. */
  text: string;
  /** Full sentence for screen readers ("Data: 12.3 of 20 GB"). */
  accessibleText: string;
}

/** This month's use against the plan: amber from 80 %, red once over. */
export function UsageBar({ label, used, total, text, accessibleText }: UsageBarProps) {
  const ratio = total > 0 ? used / total : 0;
  const color = ratio > 1 ? 'error' : ratio >= 0.8 ? 'warning' : 'primary';
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '3.5em minmax(0, 1fr) auto', alignItems: 'center', columnGap: 1 }}>
      <Typography variant="caption" color="text.secondary" aria-hidden>
        {label}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, ratio * 100)}
        color={color}
        aria-label={accessibleText}
        aria-valuetext={accessibleText}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="caption" aria-hidden sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: ratio > 1 ? 'error.main' : 'text.primary' }}>
        {text}
      </Typography>
    </Box>
  );
}
