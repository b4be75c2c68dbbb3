import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import type { ContactRecord } from '@/contract/schemas/customer-view';
import { formatDuration } from '@/lib/format-duration';
import { formatDateTime } from '../lib/format';
import { ChannelIcon } from './channel-icon';

export const TIMELINE_ROW_HEIGHT = 48;

export interface TimelineRowProps {
  contact: ContactRecord;
  index: number;
  setSize: number;
  start: number;
  highlighted: boolean;
}

/** One past contact on two lines: when, how, how long, resolved; then why and what was done. */
export const TimelineRow = memo(function TimelineRow({ contact: c, index, setSize, start, highlighted }: TimelineRowProps) {
  const { t, i18n } = useTranslation('customers');
  const when = formatDateTime(c.at, i18n.language);
  const meta = [t(`channel.${c.channel}`), t(`timeline.${c.direction}`), c.durationSec > 0 ? formatDuration(c.durationSec) : null, c.agentId ? null : t('timeline.bot')].filter(Boolean).join(' · ');
  return (
    <Box
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-contact-id={c.contactId}
      tabIndex={highlighted ? -1 : undefined}
      aria-current={highlighted ? 'true' : undefined}
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: TIMELINE_ROW_HEIGHT,
        transform: `translateY(${start}px)`,
        display: 'grid',
        gridTemplateColumns: '20px minmax(0, 1fr) auto',
        columnGap: 0.75,
        alignItems: 'center',
        px: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: highlighted ? 'action.selected' : undefined,
        outline: 'none',
      }}
    >
      <ChannelIcon channel={c.channel} sx={{ fontSize: 18, color: 'text.secondary', gridRow: 'span 2' }} />
      <Typography variant="caption" color="text.secondary" noWrap>
        <Box component="span" sx={{ color: 'text.primary', fontVariantNumeric: 'tabular-nums' }}>
          {when}
        </Box>{' '}
        · {meta}
      </Typography>
      <Box sx={{ gridRow: 'span 2', display: 'flex', alignItems: 'center' }}>
        {c.resolved ? (
          <CheckCircle titleAccess={t('timeline.resolved')} sx={{ fontSize: 16, color: 'success.main' }} />
        ) : (
          <RadioButtonUnchecked titleAccess={t('timeline.unresolved')} sx={{ fontSize: 16, color: 'warning.main' }} />
        )}
      </Box>
      {/* The summary says it in words; the intent is a code, shown only when there is no summary. */}
      <Typography variant="body2" noWrap sx={{ lineHeight: 1.3, fontWeight: 600 }} title={c.summary || c.intent}>
        {c.summary || c.intent}
      </Typography>
    </Box>
  );
});
