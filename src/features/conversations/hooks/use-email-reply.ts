import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary, Message } from '@/contract/schemas/conversation';
import { quoteEmail } from '../lib/quote-email';
import { useDraftsStore } from '../stores/drafts-store';
import { useThreadMessages } from '../thread/api/get-thread-messages';
import { flattenThread, type ThreadData } from '../thread/lib/thread-pages';

type EmailMessage = Message & { content: Extract<Message['content'], { kind: 'email' }> };

function lastCustomerEmail(messages: readonly Message[]): EmailMessage | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const m = messages[i]!;
    if (m.author === 'customer' && m.content.kind === 'email') return m as EmailMessage;
  }
  return null;
}

/**
 * An email reply starts addressed to the customer, "Re:" their subject, answering their latest email (the
 * thread's cache, no extra request); `quote()` puts that email under the reply as a quoted block.
 */
export function useEmailReply(conversation: ConversationSummary, enabled: boolean) {
  const { t, i18n } = useTranslation('conversations');
  const { conversationId } = conversation;
  const hydrated = useDraftsStore((s) => s.hydrated);
  const thread = useThreadMessages(conversationId);
  const last = enabled ? lastCustomerEmail(flattenThread(thread.data as ThreadData | undefined)) : null;

  useEffect(() => {
    if (!enabled || !hydrated) return;
    const draft = useDraftsStore.getState().drafts[conversationId];
    const change: Parameters<ReturnType<typeof useDraftsStore.getState>['update']>[1] = {};
    // The customer's own address from their email: the conversation's title is masked (l***@example.com),
    // never an address to write to.
    if (!draft?.to && last) change.to = last.content.from;
    if (!draft?.subject) {
      const subject = last?.content.subject ?? conversation.subject ?? '';
      if (subject) change.subject = /^re:/i.test(subject) ? subject : `Re: ${subject}`;
    }
    if (!draft?.inReplyTo && last) change.inReplyTo = last.messageId;
    if (Object.keys(change).length > 0) useDraftsStore.getState().update(conversationId, change);
  }, [enabled, hydrated, conversationId, conversation.subject, last]);

  const quote = last
    ? () => {
        const header = t('email.quote_header', { from: last.content.from, date: new Date(last.at).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) });
        const draft = useDraftsStore.getState().drafts[conversationId];
        useDraftsStore.getState().update(conversationId, { text: (draft?.text ?? '') + quoteEmail(header, last.content.text), inReplyTo: last.messageId });
      }
    : null;
  return { quote };
}
