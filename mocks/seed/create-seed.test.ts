import { describe, expect, it } from 'vitest';
import { Customer } from '@/contract/schemas/customer';
import { User } from '@/contract/schemas/identity';
import { createSeed } from './create-seed';
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
    for (const customer of seed.customers) expect(Customer.safeParse(customer).error).toBeUndefined();
    expect(new Set(seed.customers.map((c) => c.customerId)).size).toBe(seed.customers.length);
  });

  it('looks like each operator: masked IDs, local numbers, plans in local currency', () => {
    const cn = seed.customers.filter((c) => c.tenant === 'cn');
    const intl = seed.customers.filter((c) => c.tenant === 'intl');
    for (const c of cn) {
      expect(c.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      if (c.idType === 'resident_id') expect(c.idNumberMasked).toMatch(/^\d{3}\*{11}\d{3}[\dX]$/);
      for (const s of c.subscriptions) expect(s.msisdn).toMatch(/^1[3-9]\d{9}$/);
      expect(c.account.currency).toBe('CNY');
    }
    for (const c of intl) {
      expect(c.name).toMatch(/^[A-Za-z]+ [A-Za-z']+$/);
      for (const s of c.subscriptions) expect(s.msisdn).toMatch(/^\+(44|1)\d{10}$/);
      expect(['GBP', 'USD']).toContain(c.account.currency);
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
    expect(seed.customers.some((c) => c.account.arrears > 0)).toBe(true);
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
