import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useMarketing } from '../api/get-marketing';
import { formatDate } from '../lib/format';
import { CompactList } from './compact-list';
import { SECTION_SKELETON_HEIGHT } from '../lib/section-heights';
import { SectionBody } from './section-body';
import { StatusChip } from './status-chip';

export interface MarketingSectionProps {
  customerId: string;
}

const tone = { presented: 'default', accepted: 'success', declined: 'warning' } as const;

/** Offers made and their outcome; an opt-out first and plain. */
export function MarketingSection({ customerId }: MarketingSectionProps) {
  const { t, i18n } = useTranslation('customers');
  const query = useMarketing(customerId);
  return (
    <SectionBody query={query} name={t('section.marketing')} height={SECTION_SKELETON_HEIGHT.marketing}>
      {(data) => (
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          {data.optedOut && (
            <Alert severity="warning" sx={{ py: 0 }} data-opted-out>
              {t('marketing.opted_out')}
            </Alert>
          )}
          <CompactList
            label={t('section.marketing')}
            empty={t('marketing.none')}
            rows={data.records.map((r, i) => ({
              key: `${r.offerId}-${i}`,
              primary: r.offerName,
              aside: <StatusChip label={t(`marketing.outcome.${r.outcome}`)} tone={tone[r.outcome]} />,
              secondary: `${t(`channel.${r.channel}`)} · ${formatDate(r.at, i18n.language)}`,
            }))}
          />
        </Box>
      )}
    </SectionBody>
  );
}
