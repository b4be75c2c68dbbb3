import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CustomerSummary } from '@/contract/schemas/customer-view';
import { LevelBadge } from './level-badge';

export interface CustomerSummaryLineProps {
  customer: CustomerSummary;
}

/** Enough to tell two customers apart: name, level, masked number, city, accounts, risk flags. */
export function CustomerSummaryLine({ customer: c }: CustomerSummaryLineProps) {
  const { t } = useTranslation('customers');
  const risks = c.flags.filter((f) => f === 'open_complaint' || f === 'arrears' || f === 'do_not_market');
  return (
    <Box sx={{ minWidth: 0, textAlign: 'start' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <Typography component="span" variant="body2" sx={{ fontWeight: 700 }}>
          {c.name}
        </Typography>
        <LevelBadge level={c.level} vip={c.flags.includes('vip')} />
        {risks.map((f) => (
          <Typography key={f} component="span" variant="caption" sx={{ color: f === 'do_not_market' ? 'warning.main' : 'error.main', fontWeight: 600 }}>
            {t(`flag.${f}`)}
          </Typography>
        ))}
      </Box>
      <Typography component="div" variant="caption" color="text.secondary">
        {[c.numberMasked, t(`segment.${c.segment}`), c.city, c.accountIds.length ? t('picker.accounts', { list: c.accountIds.join(', ') }) : null].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
}
