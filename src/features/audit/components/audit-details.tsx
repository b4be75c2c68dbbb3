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

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What an entry changed, in words: a state change as "Ready → Not ready · Meal", a reveal with its reason. */
export function AuditDetails({ entry }: AuditDetailsProps) {
  const { t } = useTranslation('audit');
  const d = entry.details;
  if (entry.action === 'pii_revealed') {
    return <>{t('pii', { field: t(`fields.${text(d.field)}`, { defaultValue: text(d.field) }), customerId: text(d.customerId), reason: text(d.reason) })}</>;
  }
  if (entry.action === 'caller_verified') {
    return <>{t('verified', { contactId: text(d.contactId), method: t(`methods.${text(d.method)}`, { defaultValue: text(d.method) }) })}</>;
  }
  if (entry.action === 'contact_linked') {
    return <>{t('linked', { contactId: text(d.contactId), from: text(d.from) || t('nobody'), to: text(d.to) || t('nobody') })}</>;
  }
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
