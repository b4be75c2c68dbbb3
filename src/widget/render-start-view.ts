import type { Tenant } from '@/contract/schemas/identity';
import { el } from './el';
import { widgetApi, type WidgetChat } from './widget-api';
import type { Translate } from './widget-translator';

export interface StartViewProps {
  t: Translate;
  tenant: Tenant;
  onStarted(chat: WidgetChat): void;
}

/** Digits (with +, spaces, dashes) are a phone number the server may know; anything else is a name. */
function whoFrom(value: string): { name: string } | { number: string } {
  const compact = value.replace(/[\s-]/g, '');
  return /^\+?\d{3,32}$/.test(compact) ? { number: compact } : { name: value };
}

/** The demo's start: a name or a known customer's number, and the first message. */
export function renderStartView({ t, tenant, onStarted }: StartViewProps): HTMLElement {
  const who = el('input', { id: 'widget-who', name: 'who', autocomplete: 'name', required: true, maxlength: '80', 'aria-describedby': 'widget-who-hint' });
  const text = el('textarea', { id: 'widget-first', name: 'text', rows: '3', required: true, maxlength: '2000' });
  const error = el('p', { class: 'widget-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'widget-primary' }, t('start'));

  async function start(event: Event) {
    event.preventDefault();
    error.textContent = '';
    const whoValue = who.value.trim();
    const textValue = text.value.trim();
    if (!whoValue || !textValue) {
      error.textContent = t('needNameAndText');
      return;
    }
    submit.disabled = true;
    submit.textContent = t('starting');
    try {
      onStarted(await widgetApi.start({ tenant, ...whoFrom(whoValue), text: textValue }));
    } catch {
      error.textContent = t('startFailed');
      submit.disabled = false;
      submit.textContent = t('start');
    }
  }

  return el(
    'form',
    { class: 'widget-start', 'aria-labelledby': 'widget-start-intro', novalidate: true, onsubmit: (event) => void start(event) },
    el('p', { id: 'widget-start-intro' }, t('startIntro')),
    el('label', { for: 'widget-who' }, t('nameOrNumber')),
    who,
    el('p', { id: 'widget-who-hint', class: 'widget-hint' }, t('nameOrNumberHint')),
    el('label', { for: 'widget-first' }, t('firstMessage')),
    text,
    error,
    submit,
  );
}
