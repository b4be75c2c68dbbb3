import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { Panel } from '@/components/panel';

/** Where the softphone panel is composed into the workspace. */
export function SoftphoneArea() {
  const { t } = useTranslation('common');
  return (
    <Panel id="softphone" title={t('workspace.phone')}>
      <EmptyState title={t('workspace.phone')} />
    </Panel>
  );
}
