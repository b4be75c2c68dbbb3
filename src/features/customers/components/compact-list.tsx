import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface CompactRow {
  key: string;
  primary: ReactNode;
  /** Right-aligned: a status, an amount. */
  aside?: ReactNode;
  secondary?: ReactNode;
}

export interface CompactListProps {
  label: string;
  rows: readonly CompactRow[];
  empty: string;
}

/** The dense two-line list the smaller sections share. */
export function CompactList({ label, rows, empty }: CompactListProps) {
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 0.5 }}>
        {empty}
      </Typography>
    );
  }
  return (
    <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {rows.map((row) => (
        <Box component="li" key={row.key} sx={{ py: 0.5, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography component="div" variant="body2" sx={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {row.primary}
            </Typography>
            {row.aside}
          </Box>
          {row.secondary && (
            <Typography component="div" variant="caption" color="text.secondary">
              {row.secondary}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
