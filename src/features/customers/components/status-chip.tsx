import Chip from '@mui/material/Chip';

export interface StatusChipProps {
  label: string;
  tone: 'success' | 'warning' | 'error' | 'default' | 'info';
}

/** A small outlined status, the same in every section. */
export function StatusChip({ label, tone }: StatusChipProps) {
  return <Chip size="small" variant="outlined" color={tone} label={label} sx={{ height: 20, '& .MuiChip-label': { px: 0.75 } }} />;
}
