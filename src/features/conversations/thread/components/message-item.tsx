import { useTranslation } from 'react-i18next';
import type { Message } from '@/contract/schemas/conversation';
import { formatClock, formatFullTime } from '../lib/format-thread-time';
import { messageTime } from '../lib/thread-rows';
import { DeliveryStatus } from './delivery-status';
import { MessageBody } from './message-body';

export interface MessageItemProps {
  message: Message;
  /** Same author as the message above, within minutes: the author line is left out. */
  continued: boolean;
}

/**
 * One message: the customer's on the left, this desk's on the right, an internal note marked staff-only
 * on amber, an email across the width. The author line heads a run of messages; the time (and, going
 * out, where the message is) closes each one.
 */
export function MessageItem({ message, continued }: MessageItemProps) {
  const { t, i18n } = useTranslation('conversations');
  const outgoing = message.author === 'agent';
  const wide = message.content.kind === 'email';
  const time = messageTime(message);
  const classes = ['zx-msg', outgoing && 'zx-out', message.internal && 'zx-note', wide && 'zx-wide'].filter(Boolean).join(' ');
  const showAuthor = !continued || message.internal;
  return (
    <div className={classes}>
      {showAuthor && (
        <div className="zx-author">
          {message.author === 'bot' ? `${message.authorName || t('thread.bot')}` : message.authorName}
          {message.internal && <span className="zx-tag">{t('thread.internal')}</span>}
        </div>
      )}
      <div className="zx-bubble">
        <MessageBody message={message} />
        <div className="zx-meta">
          {message.content.kind === 'sms' && (
            <span>
              {t('thread.sms.label')} · {t('thread.sms.segments', { count: message.content.segments })}
            </span>
          )}
          <time dateTime={message.at} title={formatFullTime(time, i18n.language)}>
            {formatClock(time, i18n.language)}
          </time>
          {outgoing && !message.internal && <DeliveryStatus status={message.status} />}
        </div>
      </div>
    </div>
  );
}
