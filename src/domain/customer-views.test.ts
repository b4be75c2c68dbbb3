import { describe, expect, it } from 'vitest';
import { accountView, type AccountRecord } from './account-view';
import { evaluationsView, marketingView, ticketsOpenFirst } from './customer-sections';
import { customerHeader, type HeaderSource } from './customer-header';
import { customerSummary, summarySourceOf } from './customer-summary';
import { timelineKey, timelineMatches } from './contact-timeline';
import { subscriptionView, type SubscriptionRecord } from './subscription-view';

const now = Date.parse('2026-11-20T02:00:00.000Z');
const sub: SubscriptionRecord = {
  subscriptionId: 'sub-1', msisdn: '14799603397', planId: 'cn-5g-128', planName: '5G畅享套餐 128元', status: 'active', network: '5G',
  handset: 'iPhone 17', activatedAt: '2024-01-01T00:00:00.000Z', dataUsedGb: 12.5, voiceMinutesUsed: 120,
  accountId: 'acc-1', smsUsed: 14, allowance: { dataGb: 30, voiceMinutes: 500, sms: 100 },
};
const account: AccountRecord = {
  accountId: 'acc-1', name: '个人账户', currency: 'CNY', balance: 12, arrears: 0, creditLimit: 100, paymentMethod: 'direct_debit', billingDay: 1,
  bills: ['2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04'].map((period, i) => ({ period, amount: 100 + i, paid: true })),
  bank: { bankName: '招商银行', accountNumber: '6225880112345678' },
  payments: [{ at: '2026-09-01T00:00:00.000Z', amount: 101, method: 'direct_debit' }, { at: '2026-10-01T00:00:00.000Z', amount: 100, method: 'direct_debit' }],
};
const customer: HeaderSource & { accounts: AccountRecord[] } = {
  customerId: 'c-cn-0001', tenant: 'cn', name: '王建国', gender: 'male', level: 'diamond', segment: 'consumer', city: '深圳', preferredLanguage: 'zh-CN',
  customerSince: '2015-01-01T00:00:00.000Z', idType: 'resident_id', idNumber: '44030519900101123X', marketingOptOut: false, birthDate: '1990-01-01',
  address: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', street: '科技园路88号', postcode: '518057' },
  email: 'wangjg@example.com', subscriptions: [sub], accounts: [account], tickets: [],
};

describe('customer views', () => {
  it('builds the header with every personal field masked', () => {
    const header = customerHeader(customer, now);
    expect(header).toMatchObject({ idNumberMasked: '440***********123X', addressMasked: '广东省深圳市南山区****', emailMasked: 'w***@example.com', primaryNumberMasked: '147****3397', flags: ['vip'] });
    expect(JSON.stringify(header)).not.toMatch(/14799603397|44030519900101123X|科技园路|wangjg/);
  });

  it('builds a search row from its small source, with the matched number', () => {
    const source = summarySourceOf(customer);
    expect(source).toMatchObject({ primaryMsisdn: '14799603397', accountIds: ['acc-1'] });
    expect(customerSummary(source, 'number', '13912345678', now)).toMatchObject({ matchedOn: 'number', numberMasked: '139****5678', flags: ['vip'] });
    expect(customerSummary(source, 'name', null, now).numberMasked).toBe('147****3397');
  });

  it('builds a subscription with its allowances and an account with six bills, oldest first', () => {
    const view = subscriptionView(sub);
    expect(view).toMatchObject({ msisdnMasked: '147****3397', accountId: 'acc-1', dataGb: 30, voiceMinutes: 500, smsUsed: 14, smsIncluded: 100 });
    expect('msisdn' in view).toBe(false);
    const acc = accountView(account, [sub]);
    expect(acc.bills.map((b) => b.period)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(acc.payments.map((p) => p.amount)).toEqual([100, 101]);
    expect(acc).toMatchObject({ bankAccountMasked: '招商银行 ****5678', numbersMasked: ['147****3397'] });
  });

  it('orders tickets open first and averages survey scores', () => {
    const t = (ticketId: string, status: 'open' | 'closed' | 'pending', updatedAt: string, category: 'complaint' | 'fault' = 'complaint') => ({ ticketId, title: '', category, status, priority: 'normal' as const, queueId: 'q', createdAt: updatedAt, updatedAt });
    const tickets = [t('a', 'closed', '2026-11-01'), t('b', 'open', '2026-10-01'), t('c', 'pending', '2026-11-02', 'fault'), t('d', 'open', '2026-11-03')];
    expect(ticketsOpenFirst(tickets).map((x) => x.ticketId)).toEqual(['d', 'b', 'c', 'a']);
    const surveys = [4, 5, 2].map((score, i) => ({ surveyId: `s${i}`, contactId: 'c', channel: 'sms' as const, score, comment: null, at: `2026-0${i + 1}-01` }));
    const evaluation = evaluationsView(surveys, tickets);
    expect(evaluation.averageScore).toBe(3.7);
    expect(evaluation.complaints.map((x) => x.ticketId)).toEqual(['d', 'b', 'a']);
    expect(evaluation.surveys[0]?.surveyId).toBe('s2');
    expect(evaluationsView([], []).averageScore).toBeNull();
    expect(marketingView(true, []).optedOut).toBe(true);
  });

  it('keys the timeline newest first and filters by channel and words', () => {
    const older = { contactId: 'ct-2', at: '2026-01-01T00:00:00.000Z' };
    const newer = { contactId: 'ct-1', at: '2026-02-01T00:00:00.000Z' };
    expect(timelineKey(newer) < timelineKey(older)).toBe(true);
    const record = { channel: 'voice' as const, intent: 'bill_query', summary: '查询本月话费明细' };
    expect(timelineMatches(record, { channel: 'voice', q: '话费' })).toBe(true);
    expect(timelineMatches(record, { q: 'BILL' })).toBe(true);
    expect(timelineMatches(record, { channel: 'chat' })).toBe(false);
    expect(timelineMatches(record, { q: '  ' })).toBe(true);
  });
});
