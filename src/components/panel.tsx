import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { PanelErrorBoundary } from './panel-error-boundary';

export interface PanelProps {
  /** Translated title; also names the landmark for screen readers. */
  title: string;
  id: string;
  actions?: ReactNode;
  children: ReactNode;
  /** Hide the visual header (the landmark keeps its name). */
  bare?: boolean;
  /** No padding and no scrolling of its own: the content lays itself out (a thread that scrolls above a composer that stays). */
  flush?: boolean;
}

/** A titled region of the workspace behind its own error boundary. */
export function Panel({ title, id, actions, children, bare, flush }: PanelProps) {
  return (
    <Box
      component="section"
      aria-labelledby={`${id}-title`}
      sx={{ flex: 1, display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
    >
      <Box sx={{ display: bare ? 'none' : 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', minHeight: 36 }}>
        <Typography id={`${id}-title`} component="h2" variant="subtitle2" sx={{ flex: 1, fontWeight: 600 }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {/* Focusable so keyboard users can scroll a long panel (axe: scrollable-region-focusable). */}
      <Box
        tabIndex={flush ? undefined : 0}
        aria-labelledby={`${id}-title`}
        role="group"
        sx={{ flex: 1, minHeight: 0, overflow: flush ? 'hidden' : 'auto', p: flush ? 0 : 1.5, display: flush ? 'flex' : undefined, flexDirection: 'column', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
      >
        <PanelErrorBoundary panel={title}>{children}</PanelErrorBoundary>
      </Box>
    </Box>
  );
}
