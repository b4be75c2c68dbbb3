import { describe, expect, it } from 'vitest';
import { User } from '@/contract/schemas/identity';
import { defaultCapacity } from '@/domain/conversation-routing';
import { createSeed } from './create-seed';
import { residentIdCheck } from './customer-identity';
import { LONG_HISTORY_CUSTOMER } from './contact-history';
import { digest, originalDraws } from './original-draws';
import { SeedCustomer } from './seed-customer';
import { streamSeed } from './stream-seed';
import { expertSkillsByTenant } from './queues';

describe('createSeed', () => {
  const seed = createSeed();

  it('gives the same data on every call', () => {
    expect(JSON.stringify(createSeed())).toBe(JSON.stringify(seed));
  });

  it('changes with the seed number', () => {
    expect(createSeed({ seed: 7 }).customers[5]?.name === seed.customers[5]?.name && createSeed({ seed: 7 }).customers[6]?.name === seed.customers[6]?.name).toBe(false);
  });

  it('has at least 200 customers split between both centres, all valid against the contract', () => {
    expect(seed.customers.length).toBeGreaterThanOrEqual(200);
    const cn = seed.customers.filter((c) => c.tenant === 'cn').length;
    const intl = seed.customers.filter((c) => c.tenant === 'intl').length;
    expect(cn).toBeGreaterThanOrEqual(90);
    expect(intl).toBeGreaterThanOrEqual(90);
    for (const customer of seed.customers) expect(SeedCustomer.safeParse(customer).error).toBeUndefined();
    expect(new Set(seed.customers.map((c) => c.customerId)).size).toBe(seed.customers.length);
  });

  it('looks like each operator: ID numbers, local numbers, plans in local currency', () => {
    const cn = seed.customers.filter((c) => c.tenant === 'cn');
    const intl = seed.customers.filter((c) => c.tenant === 'intl');
    for (const c of cn) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      if (c.idType === 'resident_id') expect(c.idNumber).toMatch(/^\d{17}[\dX]$/);
      for (const s of c.subscriptions) expect(s.msisdn).toMatch(/^1[3-9]\d{9}$/);
      for (const a of c.accounts) expect(a.currency).toBe('CNY');
    }
    for (const c of intl) {
      expect(c.name).toMatch(/^[A-Za-z]+ [A-Za-z']+$/);
      for (const s of c.subscriptions) expect(s.msisdn).toMatch(/^\+(44|1)\d{10}$/);
      expect(['GBP', 'USD']).toContain(c.accounts[0]!.currency);
    }
    const numbers = seed.customers.flatMap((c) => c.subscriptions.map((s) => s.msisdn));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(cn.map((c) => c.level))).toEqual(new Set(['standard', 'silver', 'gold', 'diamond']));
    expect(cn.some((c) => c.subscriptions.some((s) => s.planName === '5G畅享套餐 128元'))).toBe(true);
  });

  it('gives customers a history on several channels', () => {
    const channels = new Set(seed.customers.flatMap((c) => c.contacts.map((h) => h.channel)));
    expect(channels).toEqual(new Set(['voice', 'chat', 'sms', 'email', 'social']));
    expect(seed.customers.some((c) => c.tickets.some((t) => t.status === 'open'))).toBe(true);
    expect(seed.customers.some((c) => c.surveys.length > 0)).toBe(true);
    expect(seed.customers.some((c) => c.marketing.some((m) => m.outcome === 'accepted'))).toBe(true);
    expect(seed.customers.some((c) => c.accounts.some((a) => a.arrears > 0))).toBe(true);
    expect(seed.customers.some((c) => c.orders.length > 0)).toBe(true);
    const agentIds = new Set(seed.agents.map((a) => a.id));
    const queueIds = new Set(seed.queues.map((q) => q.queueId));
    for (const h of seed.customers.flatMap((c) => c.contacts)) {
      if (h.agentId) expect(agentIds.has(h.agentId)).toBe(true);
      if (h.queueId) expect(queueIds.has(h.queueId)).toBe(true);
    }
  });

  it('has 50 seats and an admin, with unique usernames and 4-digit extensions, including the demo users', () => {
    expect(seed.agents).toHaveLength(51);
    expect(seed.agents.filter((a) => a.role === 'admin').map((a) => a.username)).toEqual(['zhou.min']);
    expect(new Set(seed.agents.map((a) => a.username)).size).toBe(51);
    expect(new Set(seed.agents.map((a) => a.extension)).size).toBe(51);
    for (const agent of seed.agents) {
      expect(agent.extension).toMatch(/^\d{4}$/);
      expect(User.safeParse(agent).success).toBe(true);
    }
    const demo = (username: string) => seed.agents.find((a) => a.username === username);
    expect(demo('zhang.wei')).toMatchObject({ role: 'agent', tenant: 'cn', skills: ['general'], extension: '1001', displayName: '张伟' });
    expect(demo('li.na')).toMatchObject({ role: 'expert', tenant: 'cn', skills: ['complaints'], extension: '2001' });
    expect(demo('chen.jie')).toMatchObject({ role: 'expert', tenant: 'cn', skills: ['billing'], extension: '2002' });
    expect(demo('wang.fang')).toMatchObject({ role: 'supervisor', tenant: 'cn', extension: '9001' });
    expect(demo('emma.clark')).toMatchObject({ role: 'agent', tenant: 'intl', extension: '1002' });
    expect(demo('james.lee')).toMatchObject({ role: 'supervisor', tenant: 'intl', extension: '9002' });
    for (const agent of seed.agents) expect(agent.password).toBe('zuoxi123');
  });

  it("stores each seat's conversation capacity: the role's default, one trainee at one chat at a time", () => {
    const trainee = seed.agents.find((a) => a.username === 'liu.yan');
    expect(trainee).toMatchObject({ id: 'agt-1004', role: 'agent', conversationCapacity: { chat: 1, sms: 2, email: 2, social: 1 } });
    for (const agent of seed.agents) if (agent !== trainee) expect(agent.conversationCapacity).toEqual(defaultCapacity(agent.role));
  });

  it('staffs every expert skill and gives it a queue, plus a frontline queue per centre', () => {
    for (const tenant of ['cn', 'intl'] as const) {
      const general = seed.queues.find((q) => q.tenant === tenant && q.skill === 'general');
      expect(general?.tier).toBe('frontline');
      expect(seed.agents.some((a) => a.tenant === tenant && a.role === 'agent' && a.queueIds.includes(general!.queueId))).toBe(true);
      for (const skill of expertSkillsByTenant[tenant]) {
        const queue = seed.queues.find((q) => q.tenant === tenant && q.skill === skill);
        expect(queue?.tier, `${tenant} ${skill}`).toBe('expert');
        expect(seed.agents.some((a) => a.role === 'expert' && a.skills.includes(skill) && a.queueIds.includes(queue!.queueId))).toBe(true);
      }
    }
    for (const skill of ['complaints', 'billing', 'handsets', 'enterprise', 'marketing'] as const) {
      expect(expertSkillsByTenant.cn).toContain(skill);
      expect(expertSkillsByTenant.intl).toContain(skill);
    }
    const queueIds = new Set(seed.queues.map((q) => q.queueId));
    for (const agent of seed.agents) for (const id of agent.queueIds) expect(queueIds.has(id)).toBe(true);
  });

  it('keeps every value the original stream drew (the customers tests and demos name among them)', () => {
    // The digest of what the seed held before customers gained ID numbers, addresses, accounts and long
    // histories (their own streams): a change here reshuffles data tests rely on.
    expect(digest(JSON.stringify(seed.customers.map(originalDraws)))).toBe('7d0bd181');
    const byId = (id: string) => seed.customers.find((c) => c.customerId === id)!;
    expect(byId('c-cn-0001')).toMatchObject({ name: '王建国', level: 'diamond', subscriptions: [{ msisdn: '14799603397' }, {}] });
    expect(byId('c-cn-0001').idNumber.slice(-4)).toBe('7908');
    expect(byId('c-cn-0002')).toMatchObject({ name: '刘丽', accounts: [{ arrears: 86.5 }], tickets: [{ ticketId: 'tk-showcase-cn-1', status: 'open', category: 'complaint' }] });
    expect(byId('c-cn-0003').marketingOptOut).toBe(true);
    expect(byId('c-intl-0001')).toMatchObject({ name: 'Sarah Thompson', level: 'gold', subscriptions: [{ msisdn: '+447700900149' }, {}] });
  });

  it('gives each customer valid personal data: resident IDs with their check digit and birth date, addresses, most an email', () => {
    for (const c of seed.customers) {
      if (c.idType === 'resident_id') {
        expect(residentIdCheck(c.idNumber.slice(0, 17)), c.customerId).toBe(c.idNumber[17]);
        expect(c.idNumber.slice(6, 14)).toBe(c.birthDate!.replace(/-/g, ''));
      }
      if (c.idType === 'business_licence') expect(c.birthDate).toBeNull();
      expect(c.address.country).toBe(c.tenant === 'cn' ? 'CN' : c.subscriptions[0]!.msisdn.startsWith('+44') ? 'GB' : 'US');
      if (c.email) expect(c.email).toMatch(/^[a-z0-9.]+@example\.(com|net|org)$/);
    }
    expect(seed.customers.filter((c) => c.email).length / seed.customers.length).toBeGreaterThan(0.7);
    expect(new Set(seed.customers.map((c) => c.idNumber)).size).toBe(seed.customers.length);
  });

  it('bills every line to one of its customer’s accounts; families and businesses may have several, with bank details where debited', () => {
    for (const c of seed.customers) {
      const accounts = new Set(c.accounts.map((a) => a.accountId));
      for (const s of c.subscriptions) expect(accounts.has(s.accountId)).toBe(true);
      for (const a of c.accounts) {
        expect(c.subscriptions.some((s) => s.accountId === a.accountId)).toBe(true);
        expect(a.bills).toHaveLength(6);
        expect(a.bank !== null).toBe(a.paymentMethod === 'direct_debit' || a.paymentMethod === 'bank_transfer');
        expect(a.payments.length).toBe(a.bills.filter((b) => b.paid).length);
      }
      for (const s of c.subscriptions) expect(s.smsUsed).toBeLessThanOrEqual(Math.max(s.allowance.sms, 0));
    }
    const several = seed.customers.filter((c) => c.accounts.length > 1);
    expect(several.length).toBeGreaterThan(10);
    expect(several.every((c) => c.segment === 'family' || c.segment === 'enterprise')).toBe(true);
  });

  it('sizes histories as centres see them: most short, some in the hundreds, one of 5,000, newest first', () => {
    const long = seed.customers.find((c) => c.customerId === LONG_HISTORY_CUSTOMER)!;
    expect(long.contacts).toHaveLength(5000);
    expect(new Set(long.contacts.map((h) => h.contactId)).size).toBe(5000);
    const times = long.contacts.map((h) => h.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(seed.customers.filter((c) => c.contacts.length >= 100).length).toBeGreaterThanOrEqual(3);
    expect(seed.customers.filter((c) => c.contacts.length < 30).length / seed.customers.length).toBeGreaterThan(0.9);
  });

  it('has numbers several customers answer to (a family line, a company line)', () => {
    const holders = new Map<string, string[]>();
    for (const c of seed.customers) for (const n of [...c.subscriptions.map((s) => s.msisdn), ...c.contactNumbers]) holders.set(n, [...(holders.get(n) ?? []), c.customerId]);
    expect(holders.get('18774068323')).toEqual(expect.arrayContaining(['c-cn-0005', 'c-cn-0006']));
    expect(holders.get('13739403769')).toEqual(['c-cn-0010', 'c-cn-0011', 'c-cn-0012']);
    expect(holders.get('+447700900233')).toEqual(['c-intl-0002', 'c-intl-0003']);
    expect(holders.get('14799603397')).toEqual(['c-cn-0001']);
    // Numbers the test suites use as unknown callers.
    for (const unknown of ['13800138000', '13912345678', '13000000000']) expect(holders.has(unknown)).toBe(false);
  });

  it('streams a large dataset (100,000 customers) whose first customers are the demo ones', () => {
    const large = streamSeed({ size: 'large' });
    expect(large.customerCount).toBeGreaterThanOrEqual(100_000);
    const first: SeedCustomer[] = [];
    for (const c of large.customers) {
      first.push(c);
      if (first.length === 20) break;
    }
    expect(JSON.stringify(first)).toBe(JSON.stringify(seed.customers.slice(0, 20)));
  });

  it('outgrows the fictional number ranges without repeating a number', () => {
    const many = [...streamSeed({ customersPerTenant: { cn: 5, intl: 2500 } }).customers];
    const numbers = many.flatMap((c) => c.subscriptions.map((s) => s.msisdn));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers.filter((x) => x.startsWith('+'))) expect(n).toMatch(/^\+(44|1)\d{10}$/);
  });

  it('uses neither Math.random nor the clock', () => {
    const random = Math.random;
    const now = Date.now;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    Date.now = () => {
      throw new Error('Date.now used');
    };
    try {
      expect(createSeed().customers.length).toBeGreaterThan(0);
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });
});
