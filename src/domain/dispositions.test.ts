import { describe, expect, it } from 'vitest';
import { assertDisposition } from './dispositions';

const list = [
  { code: 'resolved', labels: { 'zh-CN': '已解决', 'zh-TW': '已解決', en: 'Resolved' } },
  { code: 'follow_up', labels: { 'zh-CN': '需跟进', 'zh-TW': '需跟進', en: 'Follow-up needed' } },
];

describe('dispositions', () => {
  it('takes one of the listed codes', () => {
    expect(assertDisposition(list, 'resolved').labels.en).toBe('Resolved');
  });

  it('refuses any other code', () => {
    expect(() => assertDisposition(list, 'made_up')).toThrow(expect.objectContaining({ code: 'unknown_disposition' }));
  });
});
