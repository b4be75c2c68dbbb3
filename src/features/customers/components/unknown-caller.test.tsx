import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@/contract/schemas/channel';
import { i18n } from '@/lib/i18n';
import '../customers-locales';
import type { Pop } from '../stores/pop-store';
import { UnknownCaller } from './unknown-caller';

const pop = (channel: Channel, from: string, status: Pop['status'] = 'unknown'): Pop => ({
  key: `k-${channel}`,
  contactId: `ct-${channel}`,
  callId: null,
  channel,
  from,
  status,
  customerId: null,
  matches: [],
  intent: null,
  at: 0,
});

function renderUnknown(p: Pop) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <UnknownCaller pop={p} />
    </QueryClientProvider>,
  );
}

describe('UnknownCaller', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it.each([
    ['voice', '13800138000', 'Unknown caller 138****8000', 'No customer uses this number. Search and link the contact.'],
    ['sms', '13800138000', 'Unknown sender 138****8000', 'No customer uses this number. Search and link the contact.'],
    ['social', '@wangfang88', 'Unknown sender @wangfang88', 'No customer uses this account. Search and link the contact.'],
    ['email', 'wang.fang@example.com', 'Unknown email address w***@example.com', 'No customer uses this email address. Search and link the contact.'],
    ['chat', 'Visitor 42', 'Unknown visitor Visitor 42', 'No customer is known for this visitor. Search and link the contact.'],
  ] as const)('words an unknown %s contact for its channel, masked', (channel, from, title, hint) => {
    renderUnknown(pop(channel, from));
    const region = screen.getByRole('region', { name: title });
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    expect(region).toHaveTextContent(hint);
    // A number or address is shown masked; a chat or social handle is no more than the name it gave.
    if (!title.endsWith(from)) expect(region).not.toHaveTextContent(from);
    expect(screen.getByRole('searchbox', { name: 'Search by number, name, ID or account' })).toBeInTheDocument();
  });

  it('masks the contact point when the lookup failed too', () => {
    renderUnknown(pop('email', 'wang.fang@example.com', 'failed'));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not look up w***@example.com.');
    expect(screen.getByRole('region', { name: 'Unknown email address w***@example.com' })).not.toHaveTextContent('wang.fang@example.com');
  });

  it.each([
    ['zh-CN', 'voice', '未知来电 138****8000', '没有客户使用此号码。'],
    ['zh-CN', 'sms', '未知发送方 138****8000', '没有客户使用此号码。'],
    ['zh-CN', 'email', '未知邮件地址 w***@example.com', '没有客户使用此邮件地址。'],
    ['zh-CN', 'chat', '未知访客 138****8000', '此访客尚未对应到客户。'],
    ['zh-TW', 'voice', '未知來電 138****8000', '沒有客戶使用此號碼。'],
    ['zh-TW', 'social', '未知傳送者 138****8000', '沒有客戶使用此帳號。'],
    ['zh-TW', 'email', '未知電子郵件地址 w***@example.com', '沒有客戶使用此電子郵件地址。'],
    ['zh-TW', 'chat', '未知訪客 138****8000', '此訪客尚未對應到客戶。'],
  ] as const)('reads in %s for %s', async (locale, channel, title, hint) => {
    await i18n.changeLanguage(locale);
    renderUnknown(pop(channel, channel === 'email' ? 'wang.fang@example.com' : '13800138000'));
    expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: title })).toHaveTextContent(hint);
  });
});
