import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import PersonSearch from '@mui/icons-material/PersonSearch';
import { maskContactPoint } from '@/domain/mask-pii';
import { EmptyState } from '@/components/empty-state';
import { useCustomer } from '../api/get-customer';
import { selectActivePop, usePopStore } from '../stores/pop-store';
import { CallerPicker } from './caller-picker';
import { ContactBar } from './contact-bar';
import { CustomerView } from './customer-view';
import { LinkSuggestion } from './link-suggestion';
import { PopSwitcher } from './pop-switcher';
import { UnknownCaller } from './unknown-caller';
import '../customers-locales';

export interface CustomerContextPanelProps {
  /** The customer the URL names, if any. */
  customerId: string | null;
  agentId: string;
  /** Opens the customer search (the app owns the dialog and its shortcut). */
  onSearch: () => void;
}

/**
 * The Customer tab of the context panel: the customer the URL names, else the contact in hand (one match
 * shown, several to pick from, nobody to search for), with the contact's identity check above the header.
 * The contact's number or address is masked wherever it shows.
 */
export function CustomerContextPanel({ customerId, agentId, onSearch }: CustomerContextPanelProps) {
  const { t } = useTranslation('customers');
  const pop = usePopStore(selectActivePop);
  const shownId = customerId ?? (pop?.status === 'matched' ? pop.customerId : null);
  const name = useCustomer(shownId).data?.name ?? null;
  const resolving = pop?.status === 'resolving' ? t('contact.resolving', { from: maskContactPoint(pop.from) }) : null;

  let slot = null;
  if (pop && shownId) {
    if (pop.status === 'matched' && pop.customerId === shownId) slot = <ContactBar pop={pop} customerName={name} />;
    else if ((pop.status === 'unknown' || pop.status === 'ambiguous' || pop.status === 'failed') && name) slot = <LinkSuggestion pop={pop} customerId={shownId} customerName={name} />;
  }

  return (
    <Box>
      <PopSwitcher />
      {shownId ? (
        <CustomerView key={shownId} customerId={shownId} agentId={agentId} contactSlot={slot} />
      ) : pop?.status === 'ambiguous' ? (
        <CallerPicker pop={pop} />
      ) : pop && (pop.status === 'unknown' || pop.status === 'failed') ? (
        <UnknownCaller pop={pop} />
      ) : resolving ? (
        <Box role="progressbar" aria-label={resolving} sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          <Typography variant="body2" color="text.secondary">
            {resolving}
          </Typography>
          <Skeleton variant="rounded" height={28} width="60%" />
          <Skeleton variant="rounded" height={40} />
        </Box>
      ) : (
        <Box>
          <EmptyState title={t('panel.empty')} hint={t('panel.empty_hint')} />
          <Box sx={{ display: 'flex', justifyContent: 'center' }}>
            <Button variant="outlined" startIcon={<PersonSearch />} onClick={onSearch}>
              {t('panel.search')}
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
