import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import type { ConversationChannel } from '@/contract/schemas/conversation';
import { useConversationSettings } from '../api/get-settings';
import { ChannelIcon } from './channel-icon';

const CHANNELS: readonly ConversationChannel[] = ['chat', 'sms', 'email', 'social'];

/** Held / allowed per channel (the server's capacity), for the channels this agent takes at all. */
export function CapacityLine() {
  const { t } = useTranslation('conversations');
  const settings = useConversationSettings().data;
  if (!settings) return null;
  const shown = CHANNELS.filter((c) => settings.capacity[c] > 0);
  return (
    <Box component="ul" aria-label={t('capacity.label')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', gap: 1, color: 'text.secondary', fontSize: 12 }}>
      {shown.map((c) => {
        const full = settings.used[c] >= settings.capacity[c];
        return (
          <Box
            component="li"
            key={c}
            aria-label={t('capacity.item', { channel: t(`channel.${c}`), used: settings.used[c], capacity: settings.capacity[c] })}
            title={t('capacity.item', { channel: t(`channel.${c}`), used: settings.used[c], capacity: settings.capacity[c] })}
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, fontVariantNumeric: 'tabular-nums', color: full ? 'warning.main' : undefined, fontWeight: full ? 700 : 400 }}
          >
            <ChannelIcon channel={c} sx={{ fontSize: 14 }} />
            {settings.used[c]}/{settings.capacity[c]}
          </Box>
        );
      })}
    </Box>
  );
}
