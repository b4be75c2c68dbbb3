import type { SxProps, Theme } from '@mui/material/styles';

/** Styles the board's two virtual tables share. */
export const virtualTableSx = {
  // Fills what its section leaves under the heading, and scrolls.
  scroller: {
    flex: '1 1 auto',
    minHeight: 0,
    overflow: 'auto',
    overscrollBehavior: 'contain',
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
  },
  table: {
    // Fixed layout: columns keep their widths while rows come and go (auto layout would follow the rows in view).
    tableLayout: 'fixed',
    // Half the usual vertical padding (it follows the density setting): a floor of seats wants rows, and
    // the click-to-dial targets keep their 24 px.
    '& th, & td': { py: 0.5, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontVariantNumeric: 'tabular-nums' },
    // The header sticks over the paper the panel draws, not over the page background MUI assumes.
    // Headers wrap rather than truncate: a column's name must stay readable in every language and width.
    '& thead th': { bgcolor: 'background.paper', fontWeight: 600, color: 'text.secondary', whiteSpace: 'normal', verticalAlign: 'bottom' },
  },
} satisfies Record<string, SxProps<Theme>>;
