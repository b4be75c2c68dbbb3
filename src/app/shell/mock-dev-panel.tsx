import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Science from '@mui/icons-material/Science';
import { mockControls } from '@mocks/mock-controls';
import { mockPanelSections } from '@mocks/panel-sections';
import { addLocaleBundles } from '@/lib/i18n';

// This panel's strings exist only in mock mode, so they travel with it rather than in every build.
addLocaleBundles(import.meta.glob<Record<string, unknown>>('../../locales/*/dev.json', { eager: true, import: 'default' }));

/**
 * Scenario controls for a person trying the desktop in mock mode (tests use `window.__zuoxiMock` or the
 * test endpoints): a button in the top bar, and a drawer with one section per feature's mocks.
 */
export function MockDevPanel() {
  const { t } = useTranslation('dev');
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState('');

  const run = (action: () => unknown, done: string) => {
    try {
      action();
      setResult(done);
    } catch (error) {
      setResult(t('failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <>
      <Button color="secondary" size="small" variant="outlined" startIcon={<Science fontSize="small" />} onClick={() => setOpen(true)} sx={{ whiteSpace: 'nowrap' }}>
        {t('open')}
      </Button>
      <Drawer anchor="left" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { sx: { width: 360, p: 2 }, 'aria-label': t('title') } }}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {t('title')}
          </Typography>
          <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
            {result}
          </Typography>
          {mockPanelSections.map(({ id, Component }, index) => (
            <Stack key={id} spacing={2}>
              {index > 0 && <Divider />}
              <Component report={setResult} run={run} />
            </Stack>
          ))}
          <Box>
            <Button variant="text" color="error" onClick={() => run(() => mockControls.reset(), t('reset_done'))}>
              {t('reset')}
            </Button>
          </Box>
        </Stack>
      </Drawer>
    </>
  );
}
