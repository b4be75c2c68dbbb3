import type { ComponentType, ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface MockPanelSectionProps {
  /** Shows an outcome in the panel's status line (read out politely). */
  report: (message: string) => void;
  /** Runs a control, reporting `done` or the error's message. */
  run: (action: () => unknown, done: string) => void;
}

/** One feature's part of the scenario panel; each feature's mocks contribute their own. */
export interface MockPanelSection {
  id: string;
  Component: ComponentType<MockPanelSectionProps>;
}

export interface PanelSectionFrameProps {
  title: string;
  children: ReactNode;
}

/** The titled frame every section renders in. */
export function PanelSectionFrame({ title, children }: PanelSectionFrameProps) {
  return (
    <Stack spacing={1} component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
