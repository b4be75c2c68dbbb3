import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageContent } from '@/contract/schemas/conversation';
import { emailSrcdoc } from '../lib/email-srcdoc';
import { maskEmailParty } from '../lib/mask-email-party';
import { sanitizeEmailHtml, type SanitizedEmail } from '../lib/sanitize-email-html';
import { useEmailView, useEmailViewStore } from '../stores/email-view-store';
import { EmailFrame } from './email-frame';
import { FileAttachment } from './file-attachment';
import { TextWithLinks } from './text-with-links';

type EmailContent = Extract<MessageContent, { kind: 'email' }>;

export interface EmailMessageProps {
  messageId: string;
  content: EmailContent;
}

// Sanitizing costs a few ms; a row is remounted each time it scrolls back into view. The content object
// lives as long as the cached thread holds it.
const cache = new WeakMap<EmailContent, { blocked?: SanitizedEmail; allowed?: SanitizedEmail }>();
function sanitized(content: EmailContent, allowRemoteImages: boolean): SanitizedEmail {
  let entry = cache.get(content);
  if (!entry) cache.set(content, (entry = {}));
  const key = allowRemoteImages ? 'allowed' : 'blocked';
  return (entry[key] ??= sanitizeEmailHtml(content.html ?? '', { allowRemoteImages }));
}

/**
 * An email: subject, from/to/cc (the customer's addresses masked), the body (sanitized HTML in an isolated
 * frame, or the plain text), attachments.
 */
export function EmailMessage({ messageId, content }: EmailMessageProps) {
  const { t } = useTranslation('conversations');
  const view = useEmailView(messageId);
  const setView = useEmailViewStore((s) => s.set);
  const hasHtml = !!content.html;
  const plain = !hasHtml || view.plainText;
  const clean = useMemo(() => (plain ? null : sanitized(content, view.remoteImages)), [plain, content, view.remoteImages]);
  const subject = content.subject || t('thread.email.no_subject');
  // Only https images can be let in: a plain-http one stays blocked whatever the agent clicks, so it is not offered.
  const blocked = clean && !view.remoteImages ? clean.remoteImages.filter((url) => url.startsWith('https:')).length : 0;
  return (
    <>
      <div className="zx-subject">{subject}</div>
      <dl className="zx-email-head">
        <dt>{t('thread.email.from')}</dt>
        <dd>{maskEmailParty(content.from)}</dd>
        <dt>{t('thread.email.to')}</dt>
        <dd>{content.to.map(maskEmailParty).join(', ')}</dd>
        {content.cc.length > 0 && (
          <>
            <dt>{t('thread.email.cc')}</dt>
            <dd>{content.cc.map(maskEmailParty).join(', ')}</dd>
          </>
        )}
      </dl>
      {hasHtml && (
        <div className="zx-email-tools" role="group" aria-label={t('thread.email.view')}>
          <button type="button" className="zx-linkbtn" aria-pressed={view.plainText} onClick={() => setView(messageId, { plainText: !view.plainText })}>
            {t('thread.email.plain_text')}
          </button>
          {blocked > 0 && (
            <button type="button" className="zx-linkbtn" onClick={() => setView(messageId, { remoteImages: true })}>
              {t('thread.email.show_images', { count: blocked })}
            </button>
          )}
        </div>
      )}
      {clean ? (
        <EmailFrame srcdoc={emailSrcdoc(clean.html, clean.imageOrigins)} title={t('thread.email.frame', { subject })} />
      ) : (
        <div className="zx-plain">
          <TextWithLinks text={content.text} />
        </div>
      )}
      {content.attachments.length > 0 && (
        <div className="zx-attachments" role="group" aria-label={t('thread.email.attachments')}>
          {content.attachments.map((a) => (
            <FileAttachment key={a.attachmentId} attachment={a} />
          ))}
        </div>
      )}
    </>
  );
}
