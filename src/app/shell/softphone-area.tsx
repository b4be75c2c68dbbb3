import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { PanelErrorBoundary } from '@/components/panel-error-boundary';
import { SoftphonePanel } from '@/features/softphone/components/softphone-panel';

/** Where the softphone panel is composed into the workspace, behind its own error boundary. */
export function SoftphoneArea() {
  const { t } = useTranslation('common');
  return (
    <Box sx={{ minHeight: 0, overflow: 'auto', display: 'flex', flexDirection: 'column', bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
      <PanelErrorBoundary panel={t('workspace.phone')}>
        <SoftphonePanel />
      </PanelErrorBoundary>
    </Box>
  );
}
