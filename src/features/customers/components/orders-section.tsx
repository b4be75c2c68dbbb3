import { useTranslation } from 'react-i18next';
import { useOrders } from '../api/get-orders';
import { formatDate, formatNumber } from '../lib/format';
import { CompactList } from './compact-list';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { StatusChip } from './status-chip';

export interface OrdersSectionProps {
  customerId: string;
}

const tone = { completed: 'success', in_progress: 'info', cancelled: 'default' } as const;

/** Orders, newest first. */
export function OrdersSection({ customerId }: OrdersSectionProps) {
  const { t, i18n } = useTranslation('customers');
  const query = useOrders(customerId);
  const lng = i18n.language;
  return (
    <SectionBody query={query} name={t('section.orders')} height={SECTION_SKELETON_HEIGHT.orders}>
      {(data) => (
        <CompactList
          label={t('section.orders')}
          empty={t('section.empty')}
          rows={data.items.map((o) => ({
            key: o.orderId,
            primary: o.title,
            aside: <StatusChip label={t(`orders.status.${o.status}`)} tone={tone[o.status]} />,
            secondary: [t(`orders.type.${o.type}`), formatDate(o.createdAt, lng), o.amount > 0 ? formatNumber(o.amount, lng, 2) : null, o.orderId].filter(Boolean).join(' · '),
          }))}
        />
      )}
    </SectionBody>
  );
}
