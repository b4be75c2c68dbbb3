import type { HttpHandler } from 'msw';
import { getAccounts, getContactHistory, getCustomer, getCustomerTickets, getEvaluations, getMarketing, getOrders, getPiiPolicy, getSubscriptions, lookupCaller, revealPii, searchCustomers } from '@/contract/endpoints/customers';
import { getContact, linkContact, registerCall, verifyCaller } from '@/contract/endpoints/contacts';
import type { Channel } from '@/contract/schemas/channel';
import type { ContactView } from '@/contract/schemas/contact-view';
import type { AccountView, ContactRecord, CustomerHeader, CustomerSummary, Evaluations, MarketingView, Order, SubscriptionView, TicketSummary } from '@/contract/schemas/customer-view';
import type { PiiPolicy } from '@/contract/schemas/pii';
import type { Role } from '@/contract/schemas/identity';
import { handle } from '@mocks/core/handle';
import { MockHttpError } from '@mocks/core/mock-http-error';
import { publish } from '@mocks/core/realtime-server';

/**
 * Answers for the customer endpoints in component and route tests, through `handle()` (so the scenario
 * controls apply: `failEndpoint`, `setLatency`), for as long as the mocks have no customer handlers of their own.
 */

export interface StubCustomer {
  header: CustomerHeader;
  subscriptions: SubscriptionView[];
  accounts: AccountView[];
  contacts: ContactRecord[];
  orders: Order[];
  tickets: TicketSummary[];
  evaluations: Evaluations;
  marketing: MarketingView;
}

const DAY = 86_400_000;
const anchor = Date.parse('2025-06-01T08:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const channels: Channel[] = ['voice', 'chat', 'sms', 'email', 'social'];

export function makeContacts(count: number, prefix = 'ct'): ContactRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    contactId: `${prefix}-${String(i + 1).padStart(5, '0')}`,
    channel: channels[i % channels.length]!,
    direction: i % 7 === 0 ? 'outbound' : 'inbound',
    at: iso(anchor - i * 3_600_000),
    durationSec: i % 5 === 0 ? 300 : 0,
    agentId: i % 11 === 0 ? null : 'agt-1001',
    queueId: 'q-cn-general',
    intent: i % 3 === 0 ? 'billing' : 'data plan',
    summary: i % 3 === 0 ? `Bill question ${i + 1}` : `Data plan change ${i + 1}`,
    resolved: i % 4 !== 0,
  }));
}

function header(customerId: string, name: string, flags: CustomerHeader['flags'], level: CustomerHeader['level'] = 'standard'): CustomerHeader {
  return {
    customerId,
    tenant: 'cn',
    name,
    gender: 'male',
    level,
    segment: 'family',
    city: '北京',
    preferredLanguage: 'zh-CN',
    customerSince: iso(anchor - 2000 * DAY),
    idType: 'resident_id',
    idNumberMasked: '110***********1234',
    addressMasked: '北京市朝阳区****',
    emailMasked: 'w***@example.com',
    primaryNumberMasked: '147****3397',
    flags,
  };
}

function account(accountId: string, balance: number, arrears: number): AccountView {
  return {
    accountId,
    name: `Account ${accountId}`,
    currency: 'CNY',
    balance,
    arrears,
    creditLimit: 2000,
    paymentMethod: 'alipay',
    billingDay: 1,
    bankAccountMasked: '6222 **** **** 1234',
    bills: ['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'].map((period, i) => ({ period, amount: 88 + i * 3, paid: arrears === 0 || i < 5 })),
    payments: [{ at: iso(anchor - 10 * DAY), amount: 100, method: 'alipay' }],
    numbersMasked: ['147****3397'],
  };
}

export function stubCustomers(): Map<string, StubCustomer> {
  const base = (id: string, name: string, flags: CustomerHeader['flags'], extra: Partial<StubCustomer> = {}): StubCustomer => ({
    header: header(id, name, flags, flags.includes('vip') ? 'diamond' : 'standard'),
    subscriptions: [
      {
        subscriptionId: `sub-${id}`,
        msisdnMasked: '147****3397',
        planId: 'p-5g-128',
        planName: '5G 畅享 128 元',
        status: 'active',
        network: '5G',
        handset: 'Huawei Mate 60',
        activatedAt: iso(anchor - 900 * DAY),
        dataUsedGb: 18.5,
        voiceMinutesUsed: 120,
        accountId: `acc-${id}`,
        dataGb: 20,
        voiceMinutes: 500,
        smsUsed: 12,
        smsIncluded: 100,
      },
    ],
    accounts: [account(`acc-${id}`, 123.45, 0)],
    contacts: makeContacts(30, `ct-${id}`),
    orders: [{ orderId: `ord-${id}`, type: 'plan_change', title: '套餐变更为 5G 畅享', status: 'completed', amount: 0, createdAt: iso(anchor - 40 * DAY) }],
    tickets: [{ ticketId: `tk-${id}`, title: '宽带故障报修', category: 'fault', status: 'resolved', priority: 'normal', queueId: 'q-cn-general', createdAt: iso(anchor - 30 * DAY), updatedAt: iso(anchor - 29 * DAY) }],
    evaluations: { surveys: [{ surveyId: `sv-${id}`, contactId: `ct-${id}-00020`, channel: 'sms', score: 2, comment: '等待太久', at: iso(anchor - 20 * 3_600_000) }], complaints: [], averageScore: 2 },
    marketing: { optedOut: false, records: [{ offerId: 'of-1', offerName: '流量加油包', channel: 'voice', outcome: 'declined', at: iso(anchor - 60 * DAY) }] },
    ...extra,
  });
  const complaint: TicketSummary = { ticketId: 'tk-showcase-cn-1', title: '客户投诉不明扣费，要求退费', category: 'complaint', status: 'open', priority: 'high', queueId: 'q-cn-complaints', createdAt: iso(anchor - 2 * DAY), updatedAt: iso(anchor - DAY) };
  return new Map(
    [
      base('c-cn-0001', '王建国', ['vip', 'family_plan']),
      base('c-cn-0002', '刘丽', ['open_complaint', 'arrears', 'do_not_market'], {
        accounts: [account('acc-c-cn-0002', 0, 86.5)],
        tickets: [complaint],
        evaluations: { surveys: [], complaints: [complaint], averageScore: null },
        marketing: { optedOut: true, records: [] },
      }),
      base('c-cn-0003', '张敏', []),
      base('c-cn-0004', '李强', ['enterprise'], { contacts: makeContacts(5000, 'ct-big') }),
    ].map((c) => [c.header.customerId, c]),
  );
}

function summary(c: StubCustomer, matchedOn: CustomerSummary['matchedOn']): CustomerSummary {
  const h = c.header;
  return { customerId: h.customerId, tenant: h.tenant, name: h.name, level: h.level, segment: h.segment, city: h.city, matchedOn, numberMasked: h.primaryNumberMasked, accountIds: c.accounts.map((a) => a.accountId), flags: h.flags };
}

export const stubPolicies: Record<Role, PiiPolicy> = {
  agent: { revealable: ['msisdn', 'email'], revealSeconds: 30 },
  expert: { revealable: ['msisdn', 'email', 'address'], revealSeconds: 30 },
  supervisor: { revealable: ['msisdn', 'id_number', 'address', 'bank_account', 'email'], revealSeconds: 30 },
  admin: { revealable: [], revealSeconds: 30 },
};

export interface CustomerStubOptions {
  customers?: Map<string, StubCustomer>;
  /** Numbers → the customers using them (lookup). */
  numbers?: Record<string, string[]>;
  policies?: Record<Role, PiiPolicy>;
  /** Every reveal answered, for assertions. */
  reveals?: { customerId: string; field: string; reason: string; userId: string }[];
}

export interface CustomerStubs {
  handlers: HttpHandler[];
  contacts: Map<string, ContactView>;
  reveals: NonNullable<CustomerStubOptions['reveals']>;
  customers: Map<string, StubCustomer>;
}

export function customerViewStubs(options: CustomerStubOptions = {}): CustomerStubs {
  const customers = options.customers ?? stubCustomers();
  const numbers = options.numbers ?? { '14799603397': ['c-cn-0001'], '13900000002': ['c-cn-0002'], '13800000099': ['c-cn-0001', 'c-cn-0003'] };
  const policies = options.policies ?? stubPolicies;
  const reveals = options.reveals ?? [];
  const contacts = new Map<string, ContactView>();
  const find = (id: string) => {
    const c = customers.get(id);
    if (!c) throw new MockHttpError(404, 'not_found', `No customer ${id}`);
    return c;
  };
  const contactOf = (id: string) => {
    const c = contacts.get(id);
    if (!c) throw new MockHttpError(404, 'not_found', `No contact ${id}`);
    return c;
  };
  const update = (userId: string, next: ContactView) => {
    contacts.set(next.contactId, next);
    publish(userId, { type: 'contact.updated', contact: next });
    return next;
  };
  const handlers = [
    handle(getCustomer, ({ params }) => find(params.customerId).header),
    handle(getSubscriptions, ({ params }) => ({ items: find(params.customerId).subscriptions })),
    handle(getAccounts, ({ params }) => ({ items: find(params.customerId).accounts })),
    handle(getOrders, ({ params }) => ({ items: find(params.customerId).orders })),
    handle(getCustomerTickets, ({ params }) => ({ items: find(params.customerId).tickets })),
    handle(getEvaluations, ({ params }) => find(params.customerId).evaluations),
    handle(getMarketing, ({ params }) => find(params.customerId).marketing),
    handle(getContactHistory, ({ params, query }) => {
      const words = query.q?.toLowerCase();
      const all = find(params.customerId).contacts.filter((c) => (!query.channel || c.channel === query.channel) && (!words || `${c.intent} ${c.summary}`.toLowerCase().includes(words)));
      const start = query.cursor ? Number(query.cursor) : 0;
      const limit = query.limit ?? 50;
      const items = all.slice(start, start + limit);
      return { items, nextCursor: start + limit < all.length ? String(start + limit) : null, total: all.length };
    }),
    handle(getPiiPolicy, ({ user }) => policies[user.role]),
    handle(revealPii, ({ params, body, user }) => {
      const c = find(params.customerId);
      if (!policies[user.role].revealable.includes(body.field)) throw new MockHttpError(403, 'pii_forbidden', `${user.role} may not reveal ${body.field}`);
      reveals.push({ customerId: params.customerId, field: body.field, reason: body.reason, userId: user.id });
      const value = body.field === 'msisdn' ? '14799603397' : body.field === 'id_number' ? '110101197001011234' : body.field === 'email' ? 'wang@example.com' : `full ${body.field} of ${c.header.name}`;
      return { field: body.field, subjectId: body.subjectId ?? null, value, expiresAt: new Date(Date.now() + policies[user.role].revealSeconds * 1000).toISOString() };
    }),
    handle(searchCustomers, ({ query }) => {
      const q = query.q.toLowerCase();
      const byNumber = numbers[q.replace(/\D/g, '')] ?? [];
      const items = [...customers.values()]
        .filter((c) => byNumber.includes(c.header.customerId) || c.header.name.includes(query.q) || c.header.customerId.includes(q))
        .map((c) => summary(c, byNumber.includes(c.header.customerId) ? 'number' : c.header.customerId.includes(q) ? 'customer_id' : 'name'));
      return { items, nextCursor: null, total: items.length };
    }),
    handle(lookupCaller, ({ query }) => {
      const normalized = query.from.replace(/^\+?86/, '').replace(/\D/g, '') || query.from;
      return { normalized, matches: (numbers[normalized] ?? []).map((id) => summary(find(id), 'number')) };
    }),
    handle(getContact, ({ params }) => contactOf(params.contactId)),
    handle(registerCall, ({ body }) => {
      const contactId = `ct-call-${body.callId}`;
      const existing = contacts.get(contactId);
      if (existing) return existing;
      const next: ContactView = { contactId, channel: 'voice', fromMasked: `${body.from.slice(0, 3)}****${body.from.slice(-4)}`, queueId: null, customerId: null, verified: false, verification: null, attemptsLeft: 3 };
      contacts.set(contactId, next);
      return next;
    }),
    handle(linkContact, ({ params, body, user }) => {
      const contact = contactOf(params.contactId);
      if (body.customerId) find(body.customerId);
      return update(user.id, { ...contact, customerId: body.customerId, verified: body.customerId === contact.customerId ? contact.verified : false, verification: body.customerId === contact.customerId ? contact.verification : null });
    }),
    handle(verifyCaller, ({ params, body, user, now }) => {
      const contact = contactOf(params.contactId);
      if (!contact.customerId) throw new MockHttpError(404, 'not_found', 'No customer linked');
      if (contact.attemptsLeft <= 0) throw new MockHttpError(409, 'verification_locked', 'Locked');
      const right = body.method === 'id_last4' ? body.answer === '1234' : Number(body.answer) === 103;
      if (!right) {
        const next = update(user.id, { ...contact, attemptsLeft: contact.attemptsLeft - 1 });
        throw new MockHttpError(422, 'verification_failed', 'No match', { attemptsLeft: next.attemptsLeft });
      }
      return update(user.id, { ...contact, verified: true, verification: { method: body.method, at: iso(now), by: user.id } });
    }),
  ];
  return { handlers, contacts, reveals, customers };
}

/** A contact as the offer creates it, for stubbed `contacts.get`. */
export function offeredContactView(contactId: string, customerId: string | null, options: Partial<ContactView> = {}): ContactView {
  return { contactId, channel: 'voice', fromMasked: '147****3397', queueId: 'q-cn-general', customerId, verified: false, verification: null, attemptsLeft: 3, ...options };
}
