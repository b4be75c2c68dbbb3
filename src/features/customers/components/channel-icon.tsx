import Call from '@mui/icons-material/Call';
import Chat from '@mui/icons-material/Chat';
import Email from '@mui/icons-material/Email';
import Forum from '@mui/icons-material/Forum';
import Sms from '@mui/icons-material/Sms';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { Channel } from '@/contract/schemas/channel';

const icons = { voice: Call, chat: Chat, sms: Sms, email: Email, social: Forum } as const;

export interface ChannelIconProps extends SvgIconProps {
  channel: Channel;
}

/** Decorative: the channel's name is always written beside it. */
export function ChannelIcon({ channel, ...props }: ChannelIconProps) {
  const Icon = icons[channel];
  return <Icon aria-hidden {...props} />;
}
