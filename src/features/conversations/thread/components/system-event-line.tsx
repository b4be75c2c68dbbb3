import { useTranslation } from 'react-i18next';
import type { MessageContent } from '@/contract/schemas/conversation';

export interface SystemEventLineProps {
  content: Extract<MessageContent, { kind: 'system' }>;
  time: string;
}

/** Who took the conversation, where it went, when it ended: one centred line. */
export function SystemEventLine({ content, time }: SystemEventLineProps) {
  const { t } = useTranslation('conversations');
  const { event, detail } = content;
  // The server names the agent (or queue) under one of these keys, depending on the event.
  const agent = detail.agent ?? detail.to ?? detail.agentName ?? detail.queue ?? '';
  const text = agent ? t(`thread.system.${event}`, { agent }) : t(`thread.system.${event === 'customer_left' ? event : `${event}_plain`}`);
  return (
    <div className="zx-system" role="note">
      <span>
        {text} · {time}
      </span>
    </div>
  );
}
