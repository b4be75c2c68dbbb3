import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import type { ConversationOffer, RejectReason } from '@/contract/schemas/conversation';
import { ivrLabel } from '@/lib/ivr-label';
import { ChannelIcon } from './channel-icon';
import { Elapsed } from './elapsed';
import { OfferCountdown } from './offer-countdown';

const REASONS: readonly RejectReason[] = ['busy', 'wrong_skill', 'language', 'other'];

export interface OfferCardProps {
  offer: ConversationOffer;
  busy: boolean;
  error: string | null;
  onAccept: () => void;
  onReject: (reason: RejectReason) => void;
}

/** One offered conversation: where and who from, how long the customer has waited, what they wrote. */
export function OfferCard({ offer, busy, error, onAccept, onReject }: OfferCardProps) {
  const { t } = useTranslation('conversations');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const who = offer.customer.name ?? offer.customer.fromMasked;
  const channel = t(`channel.${offer.channel}`);
  const labelId = `offer-${offer.offerId}-title`;
  return (
    <Box
      component="article"
      aria-labelledby={labelId}
      sx={{ border: 1, borderColor: 'primary.main', borderLeftWidth: 4, borderRadius: 1, p: 1, display: 'flex', flexDirection: 'column', gap: 0.5, bgcolor: 'action.hover' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
        <ChannelIcon channel={offer.channel} fontSize="small" color="primary" />
        <Typography id={labelId} variant="body2" sx={{ fontWeight: 700, flex: 1, minWidth: 0 }} noWrap>
          {t('offers.title', { channel, who })}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {t('offers.waited')} <Elapsed since={offer.waitingSince} />
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" noWrap sx={{ flex: 1, minWidth: 0 }}>
        {ivrLabel(t, 'queues', offer.queueId, offer.queueName)}
        {offer.customer.name ? ` · ${offer.customer.fromMasked}` : ''}
        {offer.customer.level ? ` · ${t(`level.${offer.customer.level}`, { defaultValue: offer.customer.level })}` : ''}
      </Typography>
        <OfferCountdown expiresAt={offer.expiresAt} />
      </Box>
      {offer.preview && (
        <Typography variant="body2" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}>
          {offer.preview}
        </Typography>
      )}
      {error && (
        <Typography variant="caption" color="error" role="alert">
          {error}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 0.75 }}>
        <Button size="small" variant="contained" onClick={onAccept} disabled={busy} aria-label={t('offers.accept_label', { channel, who })} sx={{ flex: 1 }}>
          {t('offers.accept')}
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          endIcon={<ArrowDropDown />}
          aria-haspopup="menu"
          aria-expanded={!!anchor}
          aria-label={t('offers.decline_label', { channel, who })}
          onClick={(e) => setAnchor(e.currentTarget)}
        >
          {t('offers.decline')}
        </Button>
        <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-label': t('offers.decline_menu') } }}>
          {REASONS.map((reason) => (
            <MenuItem
              key={reason}
              dense
              onClick={() => {
                setAnchor(null);
                onReject(reason);
              }}
            >
              {t(`offers.reason.${reason}`)}
            </MenuItem>
          ))}
        </Menu>
      </Box>
    </Box>
  );
}
