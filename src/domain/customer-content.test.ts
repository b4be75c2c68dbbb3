import { describe, expect, it } from 'vitest';
import { customerContent } from './customer-content';

describe('customerContent', () => {
  it('counts an SMS in parts, keeps chat and social as text', () => {
    expect(customerContent({ channel: 'sms', from: '13800000000', subject: null, tenant: 'cn' }, { text: '您好'.repeat(40) })).toEqual({ kind: 'sms', text: '您好'.repeat(40), segments: 2 });
    expect(customerContent({ channel: 'social', from: 'wechat:o6', subject: null, tenant: 'cn' }, { text: '在吗' })).toEqual({ kind: 'text', text: '在吗' });
  });

  it('writes an email to the centre, its text made from the HTML when it has none', () => {
    const email = customerContent({ channel: 'email', from: 'a@example.org', subject: 'Bill', tenant: 'intl' }, { html: '<p>Hello <b>there</b></p>' });
    expect(email).toMatchObject({ kind: 'email', subject: 'Bill', from: 'a@example.org', to: ['support@intl.zuoxi.example'], text: 'Hello there', html: '<p>Hello <b>there</b></p>' });
  });
});
