import { describe, expect, it } from 'vitest';
import { conversationOfMessageId, inboundTenant, repliedMessageId, subjectKey, textFromHtml, threadKey } from './inbound-conversation';

describe('inbound conversation', () => {
  it('joins an email to its thread whatever reply prefixes it carries', () => {
    expect(subjectKey('Re: 回复： 账单疑问')).toBe('账单疑问');
    expect(threadKey('email', 'Wang@Example.com', 'RE: Bill')).toBe(threadKey('email', 'wang@example.com', 'bill'));
    expect(threadKey('sms', ' 13800138000 ')).toBe('13800138000');
  });

  it('finds the message and conversation an In-Reply-To names', () => {
    expect(repliedMessageId('<cv-000012-m3@cn.zuoxi.example>')).toBe('cv-000012-m3');
    expect(repliedMessageId('random@mail')).toBeNull();
    expect(repliedMessageId(null)).toBeNull();
    expect(conversationOfMessageId('cv-000012-m3')).toBe('cv-000012');
  });

  it('makes plain text from HTML, scripts and styles dropped', () => {
    expect(textFromHtml('<style>p{}</style><p>您好&nbsp;王女士</p><script>alert(1)</script><p>a &lt; b</p>')).toBe('您好 王女士\na < b');
  });

  it('finds the centre: the customer’s, else the address written to, else the number', () => {
    expect(inboundTenant({ customerTenant: 'intl', from: '13800138000' })).toBe('intl');
    expect(inboundTenant({ customerTenant: null, from: 'a@b.c', to: ['Support@intl.zuoxi.example'] })).toBe('intl');
    expect(inboundTenant({ customerTenant: null, from: '+85291234567' })).toBe('intl');
    expect(inboundTenant({ customerTenant: null, from: '+8613800138000' })).toBe('cn');
  });
});
