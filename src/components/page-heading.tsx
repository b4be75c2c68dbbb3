import Typography from '@mui/material/Typography';

export interface PageHeadingProps {
  children: string;
}

// Screen readers jump by headings; the desktop's panels are its visible titles, so the page's level-one
// heading is for them only.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
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
