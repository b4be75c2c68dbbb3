import type { Message } from '@/contract/schemas/conversation';
import type { WidgetStringKey } from './widget-strings';
import { el } from './el';
import type { ThreadItem } from './widget-thread';
import type { Translate } from './widget-translator';

export interface MessageItemContext {
  t: Translate;
  locale: string;
  /** An image's source: the customer's own local preview, or the server's copy when it may be read. */
  imageSource(attachmentId: string, img: HTMLImageElement): void;
  retry(): void;
}

function timeOf(at: string, locale: string) {
  return el('time', { datetime: at }, new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(at)));
}

function body(message: Message, ctx: MessageItemContext): HTMLElement {
  const content = message.content;
  switch (content.kind) {
    case 'image': {
      const name = content.attachment.name;
      const img = el('img', { alt: message.author === 'customer' ? ctx.t('imageAlt', { name }) : ctx.t('imageFromAgent', { name }), loading: 'lazy' });
      ctx.imageSource(content.attachment.attachmentId, img);
      return el('figure', { class: 'widget-bubble widget-image' }, img, content.caption ? el('figcaption', {}, content.caption) : null);
    }
    case 'file':
      return el('p', { class: 'widget-bubble' }, content.attachment.name);
    case 'email':
      return el('p', { class: 'widget-bubble' }, content.text);
    case 'system':
      return el('p', {}, ctx.t(`system_${content.event}` as WidgetStringKey, { agent: content.detail.agentName ?? content.detail.agent ?? ctx.t('agent') }));
    default:
      return el('p', { class: 'widget-bubble' }, content.text);
  }
}

/** One line of the thread: a server message, or one of the customer's still on its way. */
export function renderMessageItem(item: ThreadItem, ctx: MessageItemContext, showRead = false): HTMLLIElement {
  const { t } = ctx;
  if (item.pending) {
    const { pending } = item;
    const failed = pending.status === 'failed';
    const bubble =
      pending.content.kind === 'text'
        ? el('p', { class: 'widget-bubble' }, pending.content.text)
        : el('figure', { class: 'widget-bubble widget-image' }, el('img', { alt: t('imageAlt', { name: pending.content.name }), src: pending.content.previewUrl }));
    const reason = pending.error === 'closed' ? t('closed') : pending.error === 'rejected' ? t('imageRejected') : t('failed');
    return el(
      'li',
      { class: `widget-msg from-customer${failed ? ' is-failed' : ''}`, 'data-client-id': pending.clientId },
      el('p', { class: 'widget-meta' }, el('span', {}, t('you'))),
      bubble,
      el(
        'p',
        { class: 'widget-delivery' },
        failed ? reason : t('sending'),
        failed && pending.error === 'network' ? el('button', { type: 'button', class: 'widget-link', onclick: () => ctx.retry() }, t('retry')) : null,
      ),
    );
  }
  const { message } = item;
  if (message.content.kind === 'system') {
    return el('li', { class: 'widget-msg system', 'data-seq': String(message.seq) }, body(message, ctx));
  }
  const mine = message.author === 'customer';
  return el(
    'li',
    { class: `widget-msg ${mine ? 'from-customer' : 'from-agent'}`, 'data-seq': String(message.seq) },
    el('p', { class: 'widget-meta' }, el('span', {}, mine ? t('you') : message.authorName || t('agent')), ' ', timeOf(message.at, ctx.locale)),
    body(message, ctx),
    // The agent has read it (a receipt over the socket), said once, under the latest message read.
    showRead ? el('p', { class: 'widget-delivery' }, t('read')) : null,
  );
}
