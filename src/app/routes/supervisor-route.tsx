import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { PhoneNumberLink } from '@/features/softphone/components/phone-number-link';
import { SupervisorDashboard } from '@/features/supervisor/components/supervisor-dashboard';
import { useMe } from '@/features/session/api/get-me';
import { PageHeading } from '@/components/page-heading';
import { Panel } from '@/components/panel';
import { NotFoundRoute } from './not-found-route';
import { SoftphoneArea } from '../shell/softphone-area';
import { setPageTitle } from '@/lib/page-title';

export function SupervisorRoute() {
  const { t } = useTranslation('common');
  const me = useMe();
  useEffect(() => {
    setPageTitle(t('page_title.supervisor'));
  }, [t]);
  // Agents never see the area; the server refuses them too (403), which the dashboard shows if reached.
  if (me.data && me.data.role !== 'supervisor') return <NotFoundRoute embedded />;
  return (
    // The lead's phone stays at hand: they call agents from the board and take escalations.
    <Box sx={{ height: '100%', display: 'grid', gap: 1, gridTemplateColumns: 'minmax(240px, 300px) minmax(0, 1fr)' }}>
      <PageHeading>{t('nav.supervisor')}</PageHeading>
      <Box sx={{ alignSelf: 'start', maxHeight: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <SoftphoneArea />
      </Box>
      <Box sx={{ minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Panel id="supervisor" title={t('nav.supervisor')}>
          <SupervisorDashboard renderPhoneNumber={(number) => <PhoneNumberLink number={number} />} />
        </Panel>
      </Box>
    </Box>
  );
}
