import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { SupervisorDashboard } from '@/features/supervisor/components/supervisor-dashboard';
import { useMe } from '@/features/session/api/get-me';
import { Panel } from '@/components/panel';
import { NotFoundRoute } from './not-found-route';

export function SupervisorRoute() {
  const { t } = useTranslation('common');
  const me = useMe();
  useEffect(() => {
    document.title = t('page_title.supervisor');
  }, [t]);
  // Agents never see the area; the server refuses them too (403), which the dashboard shows if reached.
  if (me.data && me.data.role !== 'supervisor') return <NotFoundRoute />;
  return (
    <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <Panel id="supervisor" title={t('nav.supervisor')}>
        <SupervisorDashboard />
      </Panel>
    </Box>
  );
}
