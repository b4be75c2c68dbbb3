import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { SubscriptionView } from '@/contract/schemas/customer-view';
import { useSubscriptions } from '../api/get-subscriptions';
import { formatDate, formatNumber } from '../lib/format';
import { MaskedValue } from './masked-value';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { UsageBar } from './usage-bar';

export interface SubscriptionsSectionProps {
  customerId: string;
}

function SubscriptionItem({ customerId, sub }: { customerId: string; sub: SubscriptionView }) {
  const { t, i18n } = useTranslation('customers');
  const n = (v: number) => formatNumber(v, i18n.language);
  const bars = [
    { kind: t('subscriptions.data'), used: sub.dataUsedGb, total: sub.dataGb, unit: (v: number) => t('subscriptions.gb', { value: n(v) }) },
    { kind: t('subscriptions.voice'), used: sub.voiceMinutesUsed, total: sub.voiceMinutes, unit: (v: number) => t('subscriptions.minutes', { value: n(v) }) },
    { kind: t('subscriptions.sms'), used: sub.smsUsed, total: sub.smsIncluded, unit: (v: number) => t('subscriptions.messages', { value: n(v) }) },
  ];
  return (
    <Box component="li" data-subscription={sub.subscriptionId} sx={{ py: 0.75, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <MaskedValue customerId={customerId} field="msisdn" subjectId={sub.subscriptionId} masked={sub.msisdnMasked} />
        <Chip size="small" label={t(`subscriptions.status.${sub.status}`)} color={sub.status === 'active' ? 'success' : sub.status === 'suspended' ? 'warning' : 'default'} variant="outlined" />
        <Typography variant="caption" color="text.secondary">
          {sub.network}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.25 }}>
        {sub.planName}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, my: 0.5 }}>
        {bars.map((bar) => {
          const used = bar.unit(bar.used);
          const total = bar.unit(bar.total);
          return (
            <UsageBar
              key={bar.kind}
              label={bar.kind}
              used={bar.used}
              total={bar.total}
              text={`${n(bar.used)} / ${total}`}
              accessibleText={t('subscriptions.usage_label', { kind: bar.kind, used, total })}
            />
          );
        })}
      </Box>
      <Typography variant="caption" color="text.secondary">
        {t('subscriptions.handset')}: {sub.handset} · {t('subscriptions.since', { date: formatDate(sub.activatedAt, i18n.language) })}
      </Typography>
    </Box>
  );
}

/** Each number: plan, status, this month's data, voice and SMS against the plan, handset. */
export function SubscriptionsSection({ customerId }: SubscriptionsSectionProps) {
  const { t } = useTranslation('customers');
  const query = useSubscriptions(customerId);
  return (
    <SectionBody query={query} name={t('section.subscriptions')} height={SECTION_SKELETON_HEIGHT.subscriptions}>
      {(data) => (
        <Box component="ul" aria-label={t('section.subscriptions')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {data.items.map((sub) => (
            <SubscriptionItem key={sub.subscriptionId} customerId={customerId} sub={sub} />
          ))}
        </Box>
      )}
    </SectionBody>
  );
}
