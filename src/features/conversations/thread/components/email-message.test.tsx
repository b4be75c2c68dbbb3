import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MessageContent } from '@/contract/schemas/conversation';
import { CENTRE_ADDRESSES } from '@/domain/inbound-conversation';
import { maskContactPoint } from '@/domain/mask-pii';
import { i18n } from '@/lib/i18n';
import '../../conversations-locales';
import { EmailMessage } from './email-message';

type EmailContent = Extract<MessageContent, { kind: 'email' }>;

const email = (change: Partial<EmailContent>): EmailContent => ({
  kind: 'email',
  subject: 'Refund',
  from: 'wang.fang@example.com',
  to: [CENTRE_ADDRESSES.cn],
  cc: [],
  html: null,
  text: 'Please refund.',
  inReplyTo: null,
  attachments: [],
  ...change,
});

/** The header's values by their labels: { From: …, To: …, Cc: … }. */
function header(): Record<string, string> {
  const terms = [...document.querySelectorAll('.zx-email-head dt')];
  return Object.fromEntries(terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
}

describe('EmailMessage header', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it("masks the customer's From address as the conversation's tab does, never showing it whole", () => {
    render(<EmailMessage messageId="m-1" content={email({})} />);
    expect(header().From).toBe('w***@example.com');
    expect(header().From).toBe(maskContactPoint('wang.fang@example.com'));
    expect(screen.queryByText(/wang\.fang@example\.com/)).toBeNull();
    // The centre's own address is nobody's personal data.
    expect(header().To).toBe('kefu@cn.zuoxi.example');
  });

  it('keeps a display name and masks the address behind it, and masks whoever was copied', () => {
    render(<EmailMessage messageId="m-2" content={email({ from: '王芳 <wang.fang@example.com>', cc: ['li.lei@example.org', 'Boss <boss@example.net>'] })} />);
    expect(header().From).toBe('王芳 <w***@example.com>');
    expect(header().Cc).toBe('l***@example.org, Boss <b***@example.net>');
  });

  it("masks the customer's address on the agent's reply, and shows the centre's as it is", () => {
    render(<EmailMessage messageId="m-3" content={email({ from: CENTRE_ADDRESSES.intl, to: ['Sarah.Thompson@example.co.uk'] })} />);
    expect(header().From).toBe('support@intl.zuoxi.example');
    expect(header().To).toBe('S***@example.co.uk');
  });

  it('reads the same in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<EmailMessage messageId="m-4" content={email({})} />);
    expect(Object.values(header())).toEqual(['w***@example.com', 'kefu@cn.zuoxi.example']);
  });
});
