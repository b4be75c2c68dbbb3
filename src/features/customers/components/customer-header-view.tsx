import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CustomerHeader } from '@/contract/schemas/customer-view';
import { formatMonthYear } from '../lib/format';
import { CustomerFlags } from './customer-flags';
import { LevelBadge } from './level-badge';
import { MaskedValue } from './masked-value';
import { MoneyStrip } from './money-strip';

export interface CustomerHeaderViewProps {
  customer: CustomerHeader;
}

/** Who this is at a glance: name and level, what to watch for, money, then the masked identity details. */
export function CustomerHeaderView({ customer }: CustomerHeaderViewProps) {
  const { t, i18n } = useTranslation('customers');
  const c = customer;
  const facts = [t(`segment.${c.segment}`), c.city, t('header.since', { date: formatMonthYear(c.customerSince, i18n.language) }), t('header.language', { language: t(`header.languages.${c.preferredLanguage}`) })];
  const details: { label: string; node: React.ReactNode }[] = [
    { label: t(`header.id_type.${c.idType}`), node: <MaskedValue customerId={c.customerId} field="id_number" masked={c.idNumberMasked} /> },
    { label: t('header.number'), node: <MaskedValue customerId={c.customerId} field="msisdn" masked={c.primaryNumberMasked} /> },
    ...(c.emailMasked ? [{ label: t('header.email'), node: <MaskedValue customerId={c.customerId} field="email" masked={c.emailMasked} /> }] : []),
    { label: t('header.address'), node: <MaskedValue customerId={c.customerId} field="address" masked={c.addressMasked} /> },
  ];

  return (
    <Box data-customer-header={c.customerId} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, pb: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="h3" variant="h6" sx={{ fontWeight: 700, lineHeight: 1.25, m: 0 }}>
          {c.name}
        </Typography>
        <LevelBadge level={c.level} vip={c.flags.includes('vip')} />
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ lineHeight: 1.3 }}>
        {facts.join(' · ')}
      </Typography>
      <CustomerFlags flags={c.flags} />
      <MoneyStrip customerId={c.customerId} />
      <Box role="group" aria-label={t('header.details')}>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 1, rowGap: 0.25, m: 0, alignItems: 'center' }}>
        {details.map(({ label, node }) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {label}
            </Typography>
            <Box component="dd" sx={{ m: 0, minWidth: 0, minHeight: 24, display: 'flex', alignItems: 'center' }}>
              {node}
            </Box>
          </Box>
        ))}
        </Box>
      </Box>
    </Box>
  );
}
