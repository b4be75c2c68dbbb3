import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { ivrLabel } from './ivr-label';

describe('ivrLabel', () => {
  it('reads a known intent and queue in each language, whatever namespace the caller translates in', () => {
    expect(ivrLabel(i18n.getFixedT('en', 'softphone'), 'intents', 'bill_query')).toBe('Bill query');
    expect(ivrLabel(i18n.getFixedT('zh-CN', 'customers'), 'intents', 'bill_query')).toBe('话费查询');
    expect(ivrLabel(i18n.getFixedT('zh-TW', 'softphone'), 'queues', 'q-cn-complaints')).toBe('投訴專席');
  });

  it('falls back to the code for one this build does not know, and never reads a code as a key path', () => {
    const t = i18n.getFixedT('en', 'softphone');
    expect(ivrLabel(t, 'intents', 'lost_phone')).toBe('lost_phone');
    expect(ivrLabel(t, 'queues', 'q-night.shift')).toBe('q-night.shift');
    expect(ivrLabel(t, 'intents', 'common:app_name')).toBe('common:app_name');
  });

  it('falls back to the name the server sent, when there is one', () => {
    const t = i18n.getFixedT('en', 'conversations');
    expect(ivrLabel(t, 'queues', 'q-cn-general', '热线普通台席')).toBe('Hotline (general)');
    expect(ivrLabel(t, 'queues', 'q-night', 'Night shift')).toBe('Night shift');
    expect(ivrLabel(t, 'queues', 'q-night.shift', 'Night shift')).toBe('Night shift');
  });
});
