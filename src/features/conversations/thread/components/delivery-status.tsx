import { useTranslation } from 'react-i18next';
import type { MessageStatus } from '@/contract/schemas/conversation';

export interface DeliveryStatusProps {
  status: MessageStatus | 'sending';
}

/** Where an outgoing message is: sending, sent, delivered, read, or failed. Words, not only ticks. */
export function DeliveryStatus({ status }: DeliveryStatusProps) {
  const { t } = useTranslation('conversations');
  return <span className={`zx-status-${status}`}>{t(`thread.status.${status}`)}</span>;
}
