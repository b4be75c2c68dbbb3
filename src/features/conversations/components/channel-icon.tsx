import Chat from '@mui/icons-material/Chat';
import Email from '@mui/icons-material/Email';
import Forum from '@mui/icons-material/Forum';
import Sms from '@mui/icons-material/Sms';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import type { ConversationChannel } from '@/contract/schemas/conversation';

const icons = { chat: Chat, sms: Sms, email: Email, social: Forum } as const;

export interface ChannelIconProps extends SvgIconProps {
  channel: ConversationChannel;
}

/** Decorative: the channel's name is always said beside it (text or the control's name). */
export function ChannelIcon({ channel, ...props }: ChannelIconProps) {
  const Icon = icons[channel];
  return <Icon aria-hidden {...props} />;
}
