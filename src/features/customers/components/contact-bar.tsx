import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import LinkOff from '@mui/icons-material/LinkOff';
import { maskContactPoint } from '@/domain/mask-pii';
import { ivrLabel } from '@/lib/ivr-label';
import { useContact } from '../api/get-contact';
import { useLinkPop } from '../hooks/use-link-pop';
import type { Pop } from '../stores/pop-store';
import { ChannelIcon } from './channel-icon';
import { IdentityCheck } from './identity-check';

export interface ContactBarProps {
  pop: Pop;
  /** The customer shown, when the contact is linked to them. */
  customerName: string | null;
}

/**
 * The contact in hand above the customer: how and from where it came (masked: the server's mask, and the same
 * mask before the contact has loaded), why (the IVR's intent in words), the identity check, unlink.
 */
export function ContactBar({ pop, customerName }: ContactBarProps) {
  const { t } = useTranslation('customers');
  const contact = useContact(pop.contactId);
  const { unlink, isPending } = useLinkPop();
  const from = contact.data?.fromMasked ?? maskContactPoint(pop.from);
  const linked = pop.status === 'matched' && !!pop.customerId;

  return (
    <Box component="section" aria-label={t('contact.label')} data-contact-bar={pop.key} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, p: 1, mb: 1, borderRadius: 1, border: 1, borderColor: 'primary.main', bgcolor: 'action.hover' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
        <ChannelIcon channel={pop.channel} sx={{ fontSize: 18, color: 'primary.main' }} />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
            {t('contact.from', { channel: t(`channel.${pop.channel}`), from })}
          </Typography>
          {pop.intent && (
            <Typography component="div" variant="caption" color="text.secondary" noWrap>
              {t('contact.intent', { intent: ivrLabel(t, 'intents', pop.intent) })}
            </Typography>
          )}
        </Box>
        {linked && customerName && (
          <Button size="small" color="inherit" startIcon={<LinkOff fontSize="small" />} disabled={isPending} onClick={() => unlink(pop)} aria-label={t('contact.unlink_label', { name: customerName })} sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
            {t('contact.unlink')}
          </Button>
        )}
      </Box>
      {linked && (contact.data ? <IdentityCheck contact={contact.data} /> : pop.contactId && contact.isPending ? <Skeleton variant="rounded" height={24} /> : null)}
    </Box>
  );
}
