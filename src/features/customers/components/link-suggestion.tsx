import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LinkIcon from '@mui/icons-material/Link';
import { maskContactPoint } from '@/domain/mask-pii';
import { useLinkPop } from '../hooks/use-link-pop';
import type { Pop } from '../stores/pop-store';
import { ChannelIcon } from './channel-icon';

export interface LinkSuggestionProps {
  pop: Pop;
  customerId: string;
  customerName: string;
}

/** The agent opened a customer while the contact in hand (its number or address masked) is not linked: one click links it to them. */
export function LinkSuggestion({ pop, customerId, customerName }: LinkSuggestionProps) {
  const { t } = useTranslation('customers');
  const { link, isPending } = useLinkPop();
  return (
    <Box component="section" aria-label={t('contact.label')} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, p: 1, mb: 1, borderRadius: 1, border: 1, borderColor: 'warning.main' }}>
      <ChannelIcon channel={pop.channel} sx={{ fontSize: 18, color: 'warning.main' }} />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
          {t('contact.from', { channel: t(`channel.${pop.channel}`), from: maskContactPoint(pop.from) })}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('contact.not_linked')}
        </Typography>
      </Box>
      <Button size="small" variant="contained" startIcon={<LinkIcon fontSize="small" />} disabled={isPending} onClick={() => link(pop, customerId, customerName)} sx={{ whiteSpace: 'nowrap' }}>
        {t('contact.link_here', { name: customerName })}
      </Button>
    </Box>
  );
}
