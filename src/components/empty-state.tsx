import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface EmptyStateProps {
  title: string;
  hint?: string;
  icon?: ReactNode;
}

export function EmptyState({ title, hint, icon }: EmptyStateProps) {
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'center', justifyContent: 'center', py: 4, color: 'text.secondary', textAlign: 'center' }}>
      {icon}
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {hint && <Typography variant="caption">{hint}</Typography>}
    </Stack>
  );
}
