import { describe, expect, it } from 'vitest';
import { cannedValues, fillCanned, searchCanned, type StoredCannedResponse } from './canned-responses';

const item = (id: string, locale: 'zh-CN' | 'en', title: string, body: string, keywords: string[], channels: StoredCannedResponse['channels'] = ['chat', 'sms', 'email', 'social']): StoredCannedResponse => ({
  id,
  tenant: 'cn',
  locale,
  title,
  body,
  keywords,
  channels,
});
const items = [
  item('c1', 'zh-CN', '问候', '{name}您好，很高兴为您服务。', ['你好', '问候']),
  item('c2', 'zh-CN', '套餐查询', '{name}，您当前的套餐是{plan}。', ['套餐', '资费']),
  item('c3', 'en', 'Greeting', 'Hello {name}, how can I help?', ['hello', 'hi']),
  item('c4', 'en', 'Plan', 'Your plan is {plan}.', ['plan'], ['email']),
];

describe('canned responses', () => {
  it('fills {name} and {plan} from the customer', () => {
    expect(fillCanned('{name}，您当前的套餐是{plan}。', cannedValues({ customerName: '王芳', plan: '畅享 128 元' }))).toBe('王芳，您当前的套餐是畅享 128 元。');
  });

  it('leaves a variable with no value as written, so the agent sees the gap', () => {
    expect(fillCanned('Dear {name}, {unknown} {plan}', cannedValues({ customerName: '', plan: null }))).toBe('Dear {name}, {unknown} {plan}');
  });

  it('finds by keyword, title or body, in Chinese or English, ignoring case', () => {
    expect(searchCanned(items, { q: '套餐' }, 'zh-CN').map((c) => c.id)).toEqual(['c2']);
    expect(searchCanned(items, { q: 'HELLO' }, 'en').map((c) => c.id)).toEqual(['c3']);
  });

  it('lists the preferred language first and only those for the channel, without the centre', () => {
    const found = searchCanned(items, { channel: 'chat' }, 'en');
    expect(found.map((c) => c.id)).toEqual(['c3', 'c2', 'c1']);
    expect(found[0]).not.toHaveProperty('tenant');
  });
});
