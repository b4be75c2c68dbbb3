import Box from '@mui/material/Box';

// '1px', not 1: in `sx` a bare 1 is 100 % of the parent.
const hidden = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * Present from the first paint, empty: a region injected together with its content is not announced
 * (WCAG failure F103). Features write into them through `announce()`.
 */
export function LiveRegions() {
  return (
    <>
      <Box id="live-polite" role="status" aria-live="polite" aria-atomic="true" sx={hidden} />
      <Box id="live-assertive" role="alert" aria-live="assertive" aria-atomic="true" sx={hidden} />
    </>
  );
}
