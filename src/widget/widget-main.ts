import { Locale, Tenant } from '@/contract/schemas/identity';
import { el } from './el';
import { pickWidgetLocale } from './pick-widget-locale';
import { renderChatView } from './render-chat-view';
import { renderStartView } from './render-start-view';
import { createWidgetChatSession, type WidgetChatSession } from './widget-chat-session';
import { widgetChatStorage } from './widget-chat-storage';
import { localeNames } from './widget-strings';
import { widgetTranslator } from './widget-translator';
import './widget.css';

const LOCALE_KEY = 'zuoxi.widget.locale';
const root = document.getElementById('widget')!;
const params = new URLSearchParams(location.search);
// The page embedding the widget says whose service it is (`?tenant=intl`); the demo defaults to the mainland one.
const tenant = Tenant.safeParse(params.get('tenant')).data ?? 'cn';
const chosen = Locale.safeParse(localStorage.getItem(LOCALE_KEY)).data;
let locale: Locale = chosen ?? pickWidgetLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
let session: WidgetChatSession | null = null;
let disposeView = () => {};
const draft = { text: '' };

function openChat(chat: Parameters<typeof createWidgetChatSession>[0]) {
  widgetChatStorage.save(chat);
  session = createWidgetChatSession(chat, () => widgetChatStorage.save(null));
  render();
}

function newChat() {
  session?.dispose();
  session = null;
  widgetChatStorage.save(null);
  render();
}

function render() {
  disposeView();
  disposeView = () => {};
  const t = widgetTranslator(locale);
  document.documentElement.lang = locale;
  document.title = t('pageTitle');
  const languageSelect = el(
    'select',
    { id: 'widget-language', onchange: (event) => switchLocale((event.target as HTMLSelectElement).value) },
    ...Locale.options.map((option) => el('option', { value: option, lang: option, selected: option === locale }, localeNames[option])),
  );
  let body: HTMLElement;
  if (session) {
    const view = renderChatView({ t, locale, session, draft, onNewChat: newChat });
    body = view.element;
    disposeView = view.dispose;
  } else {
    body = renderStartView({ t, tenant, onStarted: openChat });
  }
  root.replaceChildren(
    el(
      'header',
      { class: 'widget-header' },
      el('div', {}, el('h1', {}, t('heading')), el('p', {}, t('subheading'))),
      el('div', { class: 'widget-language' }, el('label', { for: 'widget-language' }, t('language')), languageSelect),
    ),
    el('main', { class: 'widget-body' }, body),
  );
}

function switchLocale(value: string) {
  const next = Locale.safeParse(value).data;
  if (!next || next === locale) return;
  locale = next;
  localStorage.setItem(LOCALE_KEY, next);
  render();
  document.getElementById('widget-language')?.focus();
}

const saved = widgetChatStorage.load();
if (saved) openChat(saved);
else render();
