import { checkWidgetImage, WIDGET_IMAGE_MAX_BYTES, WIDGET_IMAGE_TYPES } from './check-widget-image';
import { el } from './el';
import { formatBytes } from './format-bytes';
import { renderMessageItem, type MessageItemContext } from './render-message-item';
import { widgetApi } from './widget-api';
import type { WidgetChatSession } from './widget-chat-session';
import type { ThreadItem } from './widget-thread';
import type { Translate } from './widget-translator';

export interface ChatViewProps {
  t: Translate;
  locale: string;
  session: WidgetChatSession;
  /** The composer's text, kept across a language switch (the view is rebuilt). */
  draft: { text: string };
  onNewChat(): void;
}

const STATUS_KEYS = { connecting: 'connecting', reconnecting: 'reconnecting', offline: 'offline' } as const;

function signature(item: ThreadItem) {
  return item.pending ? `${item.pending.status}:${item.pending.error}` : `${item.message.status}`;
}

/** The chat itself: the thread as a live log, the agent's typing, the connection state, and the composer. */
export function renderChatView({ t, locale, session, draft, onNewChat }: ChatViewProps): { element: HTMLElement; dispose(): void } {
  const { chat } = session;
  const images = new Map<string, Promise<string | null>>();
  const ctx: MessageItemContext = {
    t,
    locale,
    retry: () => session.retry(),
    imageSource(attachmentId, img) {
      const local = session.previewOf(attachmentId);
      if (local) return void (img.src = local);
      // An <img> cannot send the chat token, so the server's copy is read over the API and shown as a data URL.
      if (!images.has(attachmentId)) {
        images.set(attachmentId, widgetApi.attachment(chat, attachmentId).then((a) => `data:${a.attachment.mime};base64,${a.dataBase64}`, () => null));
      }
      void images.get(attachmentId)!.then((src) => {
        if (src) img.src = src;
        // Not readable (the network, or no longer in a message the customer sees): its name, not a broken image.
        else img.replaceWith(el('span', { class: 'widget-bubble widget-image-name' }, img.alt));
      });
    },
  };

  const status = el('p', { class: 'widget-status', role: 'status' });
  // The log wraps the list: a list given the log role would leave its items without a list.
  const list = el('ol', { class: 'widget-list' });
  const log = el('div', { class: 'widget-thread', role: 'log', 'aria-label': t('thread'), tabindex: '0' }, list);
  const typing = el('p', { class: 'widget-typing', role: 'status' });
  const imageError = el('p', { class: 'widget-error', role: 'alert' });
  const input = el('textarea', { id: 'widget-input', rows: '2', maxlength: '2000', placeholder: t('messagePlaceholder') });
  input.value = draft.text;
  const file = el('input', { type: 'file', accept: WIDGET_IMAGE_TYPES.join(','), class: 'visually-hidden' });
  const sendButton = el('button', { type: 'submit', class: 'widget-primary' }, t('send'));

  function submitText() {
    const text = input.value.trim();
    if (!text || session.ended()) return;
    session.sendText(text);
    input.value = draft.text = '';
    input.focus();
  }

  input.addEventListener('input', () => {
    draft.text = input.value;
    session.noteTyping(input.value.trim().length > 0);
  });
  input.addEventListener('keydown', (event) => {
    // Enter sends and Shift+Enter breaks the line; never while an IME composes (pinyin would send half a word).
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submitText();
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    imageError.textContent = '';
    if (!chosen) return;
    const check = checkWidgetImage(chosen);
    if (!check.ok) {
      imageError.textContent =
        check.reason === 'type' ? t('imageType') : t('imageSize', { size: formatBytes(chosen.size, locale), limit: formatBytes(WIDGET_IMAGE_MAX_BYTES, locale) });
      return;
    }
    session.sendImage(chosen);
  });

  const composer = el(
    'form',
    { class: 'widget-composer', onsubmit: (event) => (event.preventDefault(), submitText()) },
    el(
      'label',
      { class: 'widget-attach', title: t('attachImage') },
      file,
      el('span', { class: 'widget-attach-icon', 'aria-hidden': 'true' }, '+'),
      el('span', { class: 'visually-hidden' }, t('attachImage')),
    ),
    el('label', { for: 'widget-input', class: 'visually-hidden' }, t('messageInput')),
    input,
    sendButton,
  );
  const endedText = el('p', {}, t('closed'));
  const endedNote = el('div', { class: 'widget-ended', hidden: true }, endedText, el('button', { type: 'button', class: 'widget-primary', onclick: onNewChat }, t('newChat')));
  const leaveButton = el('button', { type: 'button', class: 'widget-link', onclick: () => void session.leave() }, t('leave'));

  const element = el(
    'section',
    { class: 'widget-chat', 'aria-label': t('thread') },
    el('div', { class: 'widget-chat-bar' }, el('p', {}, t('chatWith', { name: chat.customerName })), leaveButton),
    status,
    log,
    typing,
    imageError,
    composer,
    endedNote,
  );

  const rendered = new Map<string, { node: HTMLLIElement; signature: string }>();
  function renderThread() {
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    const items = session.thread.items();
    const lastRead = items.findLast((item) => item.message?.author === 'customer' && item.message.status === 'read')?.key;
    const keep = new Set(items.map((item) => item.key));
    for (const [key, entry] of rendered) {
      if (keep.has(key)) continue;
      entry.node.remove();
      rendered.delete(key);
    }
    // Keyed: a line is built once and only rebuilt when its delivery changes, so a screen reader hears each once.
    let previous: Element | null = null;
    for (const item of items) {
      let entry = rendered.get(item.key);
      const sig = `${signature(item)}${item.key === lastRead ? ':last-read' : ''}`;
      if (!entry || entry.signature !== sig) {
        const node = renderMessageItem(item, ctx, item.key === lastRead);
        if (entry) entry.node.replaceWith(node);
        entry = { node, signature: sig };
        rendered.set(item.key, entry);
      }
      const expected: Element | null = previous ? previous.nextElementSibling : list.firstElementChild;
      if (expected !== entry.node) {
        if (previous) previous.after(entry.node);
        else list.prepend(entry.node);
      }
      previous = entry.node;
    }
    if (nearBottom) log.scrollTop = log.scrollHeight;
  }

  function renderState() {
    const state = session.realtime.getStatus().state;
    status.textContent = state in STATUS_KEYS ? t(STATUS_KEYS[state as keyof typeof STATUS_KEYS]) : '';
    status.hidden = !status.textContent;
    typing.textContent = session.agentTyping() ? t('agentTyping') : '';
    const ended = session.ended();
    composer.hidden = !!ended;
    leaveButton.hidden = !!ended;
    endedNote.hidden = !ended;
    endedText.textContent = ended === 'left' ? t('left') : t('closed');
    renderThread();
  }

  renderState();
  const unsubscribe = session.subscribe(renderState);
  return { element, dispose: unsubscribe };
}
