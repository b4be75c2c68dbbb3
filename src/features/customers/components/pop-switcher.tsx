import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { maskContactPoint } from '@/domain/mask-pii';
import { navigate } from '@/lib/router/router';
import { paths } from '@/lib/paths';
import { usePopStore } from '../stores/pop-store';
import { ChannelIcon } from './channel-icon';

/**
 * Several contacts in hand (a call and chats): one chip each (its number or address masked), to bring its
 * customer back into view. The chips wrap onto further lines rather than scroll: a narrow panel shows every
 * contact at once, with nothing behind an edge to discover, and Tab reaches each in order. A chip too long
 * for the panel alone (a long address) ends in an ellipsis; its accessible name stays whole.
 */
export function PopSwitcher() {
  const { t } = useTranslation('customers');
  const pops = usePopStore((s) => s.pops);
  const activeKey = usePopStore((s) => s.activeKey);
  const setActive = usePopStore((s) => s.setActive);
  if (pops.length < 2) return null;
  return (
    <Box component="ul" aria-label={t('contact.switch')} sx={{ listStyle: 'none', m: 0, mb: 1, p: 0, display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {pops.map((pop) => (
        <Box component="li" key={pop.key} sx={{ minWidth: 0, maxWidth: '100%' }}>
          <Chip
            size="small"
            icon={<ChannelIcon channel={pop.channel} />}
            label={t('contact.switch_item', { channel: t(`channel.${pop.channel}`), from: maskContactPoint(pop.from) })}
            color={pop.key === activeKey ? 'primary' : 'default'}
            variant={pop.key === activeKey ? 'filled' : 'outlined'}
            aria-current={pop.key === activeKey ? 'true' : undefined}
            sx={{ maxWidth: '100%' }}
            onClick={() => {
              setActive(pop.key);
              navigate(pop.customerId ? paths.customer.href(pop.customerId) : paths.workspace.href());
            }}
          />
        </Box>
      ))}
    </Box>
  );
}
