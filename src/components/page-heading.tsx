import Typography from '@mui/material/Typography';

export interface PageHeadingProps {
  children: string;
}

// Screen readers jump by headings; the desktop's panels are its visible titles, so the page's level-one
// heading is for them only.
// Lengths as strings: in `sx` a bare 1 is 100 % of the parent and -1 a spacing unit, which made this heading
// as tall as the workspace and let the page scroll under the top bar.
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The page's level-one heading, read by assistive technology, not shown. */
export function PageHeading({ children }: PageHeadingProps) {
  return (
    <Typography component="h1" sx={visuallyHidden}>
      {children}
    </Typography>
  );
}
