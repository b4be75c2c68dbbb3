import { alpha, type Theme } from '@mui/material/styles';
import type { SystemStyleObject } from '@mui/system';

/**
 * The thread's look, set once on its scroller and reached by class names: a virtual list remounts rows as
 * the agent scrolls, and plain elements with shared classes cost far less per row than a styled component
 * each (the thread must stay under 200 DOM nodes and paint a new message within a frame).
 */
export const threadSx = (theme: Theme): SystemStyleObject<Theme> => {
  const dark = theme.palette.mode === 'dark';
  const caption = { fontSize: '0.75rem', lineHeight: 1.4, color: theme.palette.text.secondary };
  return {
    '& .zx-scroller': {
      flex: 1,
      minHeight: 0,
      overflowY: 'auto',
      overflowAnchor: 'none',
      contain: 'strict',
      '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
    },
    '& .zx-row': { position: 'absolute', top: 0, left: 0, width: '100%', px: 1.5, pt: 0.75, boxSizing: 'border-box' },
    '& .zx-row.zx-continued': { pt: 0.25 },
    '& .zx-start, & .zx-system': { ...caption, textAlign: 'center', py: 0.5 },
    '& .zx-system > span': { px: 1, py: 0.25, borderRadius: 10, bgcolor: theme.palette.action.hover },
    '& .zx-day': {
      ...caption,
      display: 'flex',
      alignItems: 'center',
      gap: 1,
      my: 0.75,
      fontWeight: 600,
      '&::before, &::after': { content: '""', flex: 1, borderTop: `1px solid ${theme.palette.divider}` },
    },
    '& .zx-msg': { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
    '& .zx-msg.zx-out': { alignItems: 'flex-end' },
    '& .zx-msg.zx-wide': { alignItems: 'stretch' },
    '& .zx-author': { ...caption, mb: 0.25, px: 0.5, fontWeight: 600 },
    '& .zx-author .zx-tag': { ml: 0.75, fontWeight: 600, color: theme.palette.warning.main },
    '& .zx-bubble': {
      maxWidth: 'min(72ch, 82%)',
      px: 1.25,
      py: 0.75,
      borderRadius: 1.5,
      bgcolor: dark ? alpha('#fff', 0.07) : '#eef1f5',
      color: theme.palette.text.primary,
      fontSize: '0.875rem',
      lineHeight: 1.55,
      overflowWrap: 'anywhere',
      whiteSpace: 'pre-wrap',
    },
    '& .zx-out .zx-bubble': { bgcolor: dark ? alpha(theme.palette.primary.main, 0.22) : '#dce8fb' },
    '& .zx-note .zx-bubble': {
      bgcolor: dark ? alpha(theme.palette.warning.main, 0.14) : '#fff4dc',
      outline: `1px dashed ${alpha(theme.palette.warning.main, 0.7)}`,
    },
    '& .zx-wide .zx-bubble': { maxWidth: 'none', whiteSpace: 'normal', bgcolor: theme.palette.background.paper, border: `1px solid ${theme.palette.divider}` },
    // Not yet confirmed: a dashed edge rather than faded text (faded text fails contrast).
    '& .zx-pending .zx-bubble': { outline: `1px dashed ${alpha(theme.palette.primary.main, 0.6)}` },
    '& .zx-failed .zx-bubble': { outline: `1px solid ${theme.palette.error.main}` },
    '& .zx-meta': { ...caption, display: 'flex', gap: 0.75, alignItems: 'center', justifyContent: 'flex-end', mt: 0.25, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
    '& .zx-status-read': { color: theme.palette.primary.main },
    '& .zx-status-failed, & .zx-error': { color: theme.palette.error.main, fontWeight: 600 },
    '& a': { color: theme.palette.primary.main },
    '& .zx-linkbtn': {
      font: 'inherit',
      color: theme.palette.primary.main,
      background: 'none',
      border: 0,
      p: 0,
      minHeight: 24,
      cursor: 'pointer',
      textDecoration: 'underline',
      textAlign: 'start',
      overflowWrap: 'anywhere',
    },
    '& .zx-thumb': { display: 'block', p: 0, border: 0, background: 'none', cursor: 'zoom-in', borderRadius: 1, overflow: 'hidden', lineHeight: 0 },
    '& .zx-thumb img, & .zx-thumb-box': { display: 'block', height: 160, maxWidth: 240, minWidth: 48, objectFit: 'cover', bgcolor: theme.palette.action.hover },
    '& .zx-thumb-box': { width: 200, ...caption, display: 'grid', placeItems: 'center', lineHeight: 1.4 },
    '& .zx-caption': { mt: 0.5 },
    '& .zx-file': { display: 'flex', gap: 0.75, alignItems: 'baseline', flexWrap: 'wrap' },
    '& .zx-file .zx-size': caption,
    '& .zx-email-head': { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: 1, ...caption, mb: 0.75 },
    '& .zx-email-head dt': { fontWeight: 600 },
    '& .zx-email-head dd': { m: 0, overflowWrap: 'anywhere' },
    '& .zx-subject': { fontWeight: 600, fontSize: '0.9375rem', mb: 0.5, gridColumn: '1 / -1', color: theme.palette.text.primary },
    '& .zx-email-tools': { display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', ...caption, mb: 0.5 },
    '& .zx-email-frame': { display: 'block', width: '100%', border: `1px solid ${theme.palette.divider}`, borderRadius: 1, bgcolor: '#fff', colorScheme: 'light' },
    '& .zx-plain': { whiteSpace: 'pre-wrap', fontSize: '0.875rem' },
    '& .zx-attachments': { mt: 0.75, display: 'flex', flexDirection: 'column', gap: 0.25 },
  };
};
