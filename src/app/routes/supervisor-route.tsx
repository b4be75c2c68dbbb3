import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { AuditLog } from '@/features/audit/components/audit-log';
import { PhoneNumberLink } from '@/features/softphone/components/phone-number-link';
import { useSupervisorOverview } from '@/features/supervisor/api/get-supervisor-overview';
import { SupervisorDashboard } from '@/features/supervisor/components/supervisor-dashboard';
import { useMe } from '@/features/session/api/get-me';
import { PageHeading } from '@/components/page-heading';
import { Panel } from '@/components/panel';
import { setPageTitle } from '@/lib/page-title';
import { setSearchParams, useSearchParam } from '@/lib/router/router';
import { NotFoundRoute } from './not-found-route';
import { SoftphoneArea } from '../shell/softphone-area';

type View = 'board' | 'audit';

/** The audit log's people filter: the centre's seats from the board the lead already has. */
function AuditView() {
  const overview = useSupervisorOverview();
  const people = (overview.data?.agents ?? []).map((a) => ({ id: a.agentId, name: `${a.displayName} · ${a.workNumber}` }));
  return <AuditLog people={people} />;
}

export function SupervisorRoute() {
  const { t } = useTranslation('common');
  const me = useMe();
  // Which view is open lives in the URL (?view=audit): a reload or a shared link keeps it.
  const requested = useSearchParam('view');
  useEffect(() => {
    setPageTitle(t('page_title.supervisor'));
  }, [t]);
  const role = me.data?.role;
  // Agents never see the area; the server refuses them too (403), which the dashboard shows if reached.
  if (role && role !== 'supervisor' && role !== 'admin') return <NotFoundRoute embedded />;
  // An admin watches no floor: the audit log is their view.
  const view: View = role === 'admin' || requested === 'audit' ? 'audit' : 'board';
  return (
    // The lead's phone stays at hand: they call agents from the board and take escalations.
    <Box sx={{ height: '100%', display: 'grid', gap: 1, gridTemplateColumns: 'minmax(240px, 300px) minmax(0, 1fr)' }}>
      <PageHeading>{t('nav.supervisor')}</PageHeading>
      <Box sx={{ alignSelf: 'start', maxHeight: '100%', display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <SoftphoneArea />
      </Box>
      <Box sx={{ minHeight: 0, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Panel
          id="supervisor"
          title={t('nav.supervisor')}
          actions={
            role === 'admin' ? undefined : (
              <Tabs value={view} onChange={(_e, next: View) => setSearchParams({ view: next === 'audit' ? 'audit' : null })} aria-label={t('supervisor_views.label')} sx={{ minHeight: 0 }}>
                <Tab value="board" label={t('supervisor_views.board')} id="sup-tab-board" aria-controls="sup-view" sx={{ minHeight: 0, py: 0.5 }} />
                <Tab value="audit" label={t('supervisor_views.audit')} id="sup-tab-audit" aria-controls="sup-view" sx={{ minHeight: 0, py: 0.5 }} />
              </Tabs>
            )
          }
        >
          <Box role="tabpanel" id="sup-view" aria-labelledby={`sup-tab-${view}`} sx={{ height: '100%', minHeight: 0 }}>
            {view === 'audit' ? <AuditView /> : <SupervisorDashboard renderPhoneNumber={(number) => <PhoneNumberLink number={number} />} />}
          </Box>
        </Panel>
      </Box>
    </Box>
  );
}
