import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@/contract/schemas/ticket';
import { useCustomerTickets } from '../api/get-customer-tickets';
import { formatDate } from '../lib/format';
import { CompactList } from './compact-list';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { StatusChip } from './status-chip';

export interface TicketsSectionProps {
  customerId: string;
}

const statusTone = { open: 'error', pending: 'warning', resolved: 'success', closed: 'default' } as const;

/** Tickets and service requests, open first (as the server orders them). */
export function TicketsSection({ customerId }: TicketsSectionProps) {
  const { t } = useTranslation('customers');
  const query = useCustomerTickets(customerId);
  return (
    <SectionBody query={query} name={t('section.tickets')} height={SECTION_SKELETON_HEIGHT.tickets}>
      {(data) => <TicketList tickets={data.items} label={t('section.tickets')} />}
    </SectionBody>
  );
}

export interface TicketListProps {
  tickets: readonly TicketSummary[];
  label: string;
  empty?: string;
}

export function TicketList({ tickets, label, empty }: TicketListProps) {
  const { t, i18n } = useTranslation('customers');
  return (
    <CompactList
      label={label}
      empty={empty ?? t('section.empty')}
      rows={tickets.map((tk) => ({
        key: tk.ticketId,
        primary: tk.title,
        aside: <StatusChip label={t(`tickets.status.${tk.status}`)} tone={statusTone[tk.status]} />,
        secondary: [t(`tickets.category.${tk.category}`), t(`tickets.priority.${tk.priority}`), formatDate(tk.updatedAt, i18n.language), tk.ticketId].join(' · '),
      }))}
    />
  );
}
