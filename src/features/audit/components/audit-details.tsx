import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/contract/schemas/audit';
import '../audit-locales';

export interface AuditDetailsProps {
  entry: AuditEntry;
}

interface StateSide {
  status?: string;
  reason?: string | null;
}

/** What an entry changed, in words: a state change as "Ready → Not ready · Meal". */
export function AuditDetails({ entry }: AuditDetailsProps) {
  const { t } = useTranslation('audit');
  if (entry.action !== 'agent_state_changed') return null;
  const side = (value: unknown) => {
    const s = (value ?? {}) as StateSide;
    const status = s.status ? t(`status.${s.status}`, { defaultValue: s.status }) : '';
    return s.reason ? `${status} · ${t(`reasons.${s.reason}`, { defaultValue: s.reason })}` : status;
  };
  const cause = typeof entry.details.cause === 'string' ? t(`causes.${entry.details.cause}`, { defaultValue: '' }) : '';
  return (
    <>
      {t('change', { from: side(entry.details.from), to: side(entry.details.to) })}
      {cause ? ` (${cause})` : ''}
    </>
  );
}
