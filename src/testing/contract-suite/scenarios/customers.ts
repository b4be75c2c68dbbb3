import { expect, it } from 'vitest';
import { listAudit } from '@/contract/endpoints/audit';
import {
  getAccounts,
  getContactHistory,
  getCustomer,
  getCustomerTickets,
  getEvaluations,
  getMarketing,
  getOrders,
  getPiiPolicy,
  getSubscriptions,
  getUsage,
  lookupCaller,
  revealPii,
  searchCustomers,
} from '@/contract/endpoints/customers';
import { failEndpoint, setLatency } from '@/contract/endpoints/testing';
import type { PiiField } from '@/contract/schemas/pii';
import { call } from '../call';
import type { ContractClient, ContractTarget } from '../contract-target';

/**
 * The unified customer view over HTTP. Named seed customers: c-cn-0001 王建国 (diamond, 14799603397, ID
 * ending 7908), c-cn-0002 刘丽 (open complaint, arrears), c-cn-0003 (opted out), c-cn-0009 (5,000
 * contacts), 13739403769 (a company line three customers answer to), c-intl-0001 Sarah Thompson.
 */
export function customerScenarios(target: () => ContractTarget): void {
  const params = (customerId: string) => ({ params: { customerId } });
  const reveal = (client: ContractClient, customerId: string, field: PiiField, subjectId?: string) =>
    call(client, revealPii, { ...params(customerId), body: { field, reason: 'contract suite check', ...(subjectId ? { subjectId } : {}) } });

  it('finds a customer by number in any usual form, by customer id, account, name and ID number', async () => {
    const agent = await target().signIn('zhang.wei');
    const byNumber = await call(agent, searchCustomers, { query: { q: '+86 147-9960-3397' } });
    expect(byNumber.data.items).toEqual([expect.objectContaining({ customerId: 'c-cn-0001', name: '王建国', matchedOn: 'number', numberMasked: '147****3397' })]);
    expect((await call(agent, searchCustomers, { query: { q: 'C-CN-0002' } })).data.items).toEqual([expect.objectContaining({ customerId: 'c-cn-0002', name: '刘丽', matchedOn: 'customer_id' })]);
    const byAccount = await call(agent, searchCustomers, { query: { q: 'acc-cn-0001' } });
    expect(byAccount.data.items).toEqual([expect.objectContaining({ customerId: 'c-cn-0001', matchedOn: 'account', accountIds: expect.arrayContaining(['acc-cn-0001']) })]);
    const byName = await call(agent, searchCustomers, { query: { q: '王建' } });
    expect(byName.data.items.every((c) => c.name.startsWith('王建') && c.matchedOn === 'name')).toBe(true);
    expect(byName.data.items.map((c) => c.customerId)).toContain('c-cn-0001');

    const lead = await target().signIn('wang.fang');
    const id = (await reveal(lead, 'c-cn-0001', 'id_number')).data.value;
    expect(id).toMatch(/^\d{17}[\dX]$/);
    expect((await call(agent, searchCustomers, { query: { q: id.toLowerCase() } })).data.items).toEqual([expect.objectContaining({ customerId: 'c-cn-0001', matchedOn: 'id_number' })]);
    const intl = await call(await target().signIn('emma.clark'), searchCustomers, { query: { q: 'thompson' } });
    expect(intl.data.items.map((c) => c.name)).toContain('Sarah Thompson');
  });

  it('pages a name search with a cursor, each customer once, in the viewer’s centre only', async () => {
    const agent = await target().signIn('emma.clark');
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await call(agent, searchCustomers, { query: { q: 'da', limit: 4, ...(cursor ? { cursor } : {}) } });
      expect(page.data.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.data.items.map((c) => c.customerId));
      for (const c of page.data.items) expect(c.tenant).toBe('intl');
      if (!page.data.nextCursor) break;
      cursor = page.data.nextCursor;
    }
    expect(seen.length).toBeGreaterThan(8);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await call(agent, searchCustomers, { query: { q: '王建国' } })).data.items).toEqual([]);
  });

  it('looks a caller up: one match, several on a shared line, none, and the number in any usual form', async () => {
    const agent = await target().signIn('zhang.wei');
    const one = await call(agent, lookupCaller, { query: { from: '14799603397' } });
    expect(one.data).toEqual({ normalized: '14799603397', matches: [expect.objectContaining({ customerId: 'c-cn-0001', matchedOn: 'number', numberMasked: '147****3397' })] });
    const shared = await call(agent, lookupCaller, { query: { from: '137 3940 3769' } });
    expect(shared.data.matches.map((m) => m.customerId)).toEqual(['c-cn-0010', 'c-cn-0011', 'c-cn-0012']);
    expect(shared.data.matches.every((m) => m.numberMasked === '137****3769')).toBe(true);
    expect((await call(agent, lookupCaller, { query: { from: '13000000000' } })).data).toEqual({ normalized: '13000000000', matches: [] });
    for (const from of ['+86 147 9960 3397', '+86-147-9960-3397', '0086 14799603397', '147-9960-3397']) {
      const found = await call(agent, lookupCaller, { query: { from } });
      expect(found.data.normalized, from).toBe('14799603397');
      expect(found.data.matches.map((m) => m.customerId), from).toEqual(['c-cn-0001']);
    }
    const garbage = await call(agent, lookupCaller, { query: { from: 'not a number!' } });
    expect([garbage.status, garbage.error.code]).toEqual([422, 'invalid_number']);
    // Another centre's customer is nobody to this viewer.
    expect((await call(await target().signIn('emma.clark'), lookupCaller, { query: { from: '14799603397' } })).data.matches).toEqual([]);
  });

  it('looks a caller up by email address, whatever its case', async () => {
    const agent = await target().signIn('emma.clark');
    const email = (await reveal(agent, 'c-intl-0001', 'email')).data.value;
    const found = await call(agent, lookupCaller, { query: { from: email.toUpperCase() } });
    expect(found.data).toEqual({ normalized: email.toLowerCase(), matches: [expect.objectContaining({ customerId: 'c-intl-0001', matchedOn: 'email' })] });
  });

  it('flags the header from the data', async () => {
    const agent = await target().signIn('zhang.wei');
    const flags = async (id: string) => (await call(agent, getCustomer, params(id))).data.flags;
    expect(await flags('c-cn-0001')).toContain('vip');
    expect(await flags('c-cn-0002')).toEqual(expect.arrayContaining(['open_complaint', 'arrears']));
    expect(await flags('c-cn-0003')).toContain('do_not_market');
    expect(await flags('c-cn-0004')).toContain('senior');
    expect(await flags('c-cn-0005')).toContain('family_plan');
    expect(await flags('c-cn-0010')).toContain('enterprise');
    const header = (await call(agent, getCustomer, params('c-cn-0001'))).data;
    expect(header).toMatchObject({ customerId: 'c-cn-0001', name: '王建国', level: 'diamond', idType: 'resident_id', primaryNumberMasked: '147****3397' });
    expect(header.idNumberMasked).toMatch(/^\d{3}\*{11}7908$/);
  });

  it('answers each section of the view', async () => {
    const agent = await target().signIn('zhang.wei');
    const subs = (await call(agent, getSubscriptions, params('c-cn-0009'))).data.items;
    const accounts = (await call(agent, getAccounts, params('c-cn-0009'))).data.items;
    expect(accounts.length).toBeGreaterThanOrEqual(2);
    const accountIds = accounts.map((a) => a.accountId);
    for (const s of subs) {
      expect(accountIds).toContain(s.accountId);
      expect(s.msisdnMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
      expect(s.smsUsed).toBeLessThanOrEqual(s.smsIncluded);
    }
    for (const a of accounts) {
      expect(a.bills).toHaveLength(6);
      expect([...a.bills.map((b) => b.period)].sort()).toEqual(a.bills.map((b) => b.period));
      expect(a.numbersMasked.length).toBeGreaterThan(0);
    }
    expect(accounts.flatMap((a) => a.numbersMasked).sort()).toEqual(subs.map((s) => s.msisdnMasked).sort());
    const tickets = (await call(agent, getCustomerTickets, params('c-cn-0002'))).data.items;
    expect(tickets[0]).toMatchObject({ ticketId: 'tk-showcase-cn-1', status: 'open' });
    const evaluations = (await call(agent, getEvaluations, params('c-cn-0002'))).data;
    expect(evaluations.complaints.map((t) => t.ticketId)).toContain('tk-showcase-cn-1');
    expect((await call(agent, getMarketing, params('c-cn-0003'))).data.optedOut).toBe(true);
    expect((await call(agent, getUsage, params('c-cn-0001'))).data.monthlyDataGb).toHaveLength(6);
    const orders = (await call(agent, getOrders, params('c-cn-0009'))).data.items;
    expect([...orders.map((o) => o.createdAt)].sort().reverse()).toEqual(orders.map((o) => o.createdAt));
  });

  it('never answers a full number, ID, address, email or bank account unless revealed', async () => {
    const lead = await target().signIn('wang.fang');
    const agent = await target().signIn('zhang.wei');
    for (const customerId of ['c-cn-0001', 'c-cn-0009', 'c-cn-0002']) {
      const secrets: string[] = [];
      const subs = (await call(lead, getSubscriptions, params(customerId))).data.items;
      for (const s of subs) secrets.push((await reveal(lead, customerId, 'msisdn', s.subscriptionId)).data.value);
      for (const field of ['id_number', 'address', 'email'] as const) {
        const answer = await reveal(lead, customerId, field);
        if (answer.status === 200) secrets.push(answer.data.value);
      }
      for (const a of (await call(lead, getAccounts, params(customerId))).data.items) {
        if (!a.bankAccountMasked) continue;
        const bank = (await reveal(lead, customerId, 'bank_account', a.accountId)).data.value;
        secrets.push(bank, bank.slice(bank.indexOf(' ') + 1));
      }
      expect(secrets.length).toBeGreaterThanOrEqual(3);
      const answers: unknown[] = [];
      for (const ep of [getCustomer, getSubscriptions, getAccounts, getOrders, getCustomerTickets, getEvaluations, getMarketing, getUsage]) answers.push((await call(agent, ep, params(customerId))).body);
      answers.push((await call(agent, getContactHistory, { ...params(customerId), query: { limit: 200 } })).body);
      answers.push((await call(agent, searchCustomers, { query: { q: customerId } })).body);
      const lookup = (await call(agent, lookupCaller, { query: { from: secrets[0]! } })).data;
      answers.push(lookup.matches);
      const text = JSON.stringify(answers);
      for (const secret of secrets) expect(text, `${customerId} leaks ${secret}`).not.toContain(secret);
    }
  });

  it('reveals a field to a role that may, for a minute, audited with the reason; refuses one that may not', async () => {
    const agent = await target().signIn('zhang.wei');
    expect((await call(agent, getPiiPolicy)).data).toEqual({ revealable: ['msisdn', 'email'], revealSeconds: 60 });
    expect((await call(await target().signIn('zhou.min'), getPiiPolicy)).data.revealable).toEqual([]);
    const number = await reveal(agent, 'c-cn-0001', 'msisdn');
    expect(number.data).toMatchObject({ field: 'msisdn', subjectId: null, value: '14799603397' });
    const lifetime = Date.parse(number.data.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(50_000);
    expect(lifetime).toBeLessThanOrEqual(61_000);
    const refused = await reveal(agent, 'c-cn-0001', 'id_number');
    expect([refused.status, refused.error.code]).toEqual([403, 'pii_forbidden']);
    const admin = await reveal(await target().signIn('zhou.min'), 'c-cn-0001', 'msisdn');
    expect([admin.status, admin.error.code]).toEqual([403, 'pii_forbidden']);

    const lead = await target().signIn('wang.fang');
    const bank = await reveal(lead, 'c-cn-0001', 'bank_account');
    expect(bank.status).toBe(200);
    expect(bank.data.value).toMatch(/\d{4}$/);
    const missing = await reveal(lead, 'c-cn-0001', 'msisdn', 'sub-none');
    expect([missing.status, missing.error.code]).toEqual([404, 'not_found']);

    const log = (await call(lead, listAudit, { query: { action: 'pii_revealed' } })).data.items;
    expect(log.map((e) => [e.actorName, e.details.field])).toEqual([['王芳', 'bank_account'], ['张伟', 'msisdn']]);
    expect(log[1]?.details).toEqual({ customerId: 'c-cn-0001', field: 'msisdn', subjectId: null, reason: 'contract suite check' });
    expect(JSON.stringify(log)).not.toContain('14799603397');
  });

  it("answers 404 for another centre's customer, on every section and on reveal", async () => {
    const agent = await target().signIn('emma.clark');
    for (const ep of [getCustomer, getSubscriptions, getAccounts, getContactHistory, getOrders, getCustomerTickets, getEvaluations, getMarketing, getUsage]) {
      const answer = await call(agent, ep, params('c-cn-0001'));
      expect([answer.status, answer.error.code], ep.id).toEqual([404, 'not_found']);
    }
    const revealed = await reveal(agent, 'c-cn-0001', 'msisdn');
    expect([revealed.status, revealed.error.code]).toEqual([404, 'not_found']);
    expect((await call(agent, getCustomer, params('c-none'))).status).toBe(404);
  });

  it('pages a 5,000-contact timeline newest first with a cursor, and filters by channel and words', async () => {
    const agent = await target().signIn('zhang.wei');
    const all: { contactId: string; at: string }[] = [];
    let cursor: string | undefined;
    let total: number | undefined;
    for (let pages = 0; pages < 30; pages++) {
      const page = (await call(agent, getContactHistory, { ...params('c-cn-0009'), query: { limit: 200, ...(cursor ? { cursor } : {}) } })).data;
      total ??= page.total;
      all.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(5000);
    expect(total).toBe(5000);
    expect(new Set(all.map((c) => c.contactId)).size).toBe(5000);
    const times = all.map((c) => c.at);
    expect([...times].sort().reverse()).toEqual(times);

    const emails = (await call(agent, getContactHistory, { ...params('c-cn-0009'), query: { channel: 'email', limit: 50 } })).data;
    expect(emails.items).toHaveLength(50);
    expect(emails.items.every((c) => c.channel === 'email')).toBe(true);
    const next = (await call(agent, getContactHistory, { ...params('c-cn-0009'), query: { channel: 'email', limit: 50, cursor: emails.nextCursor! } })).data;
    expect(next.items.every((c) => c.channel === 'email' && c.at <= emails.items.at(-1)!.at)).toBe(true);
    const words = (await call(agent, getContactHistory, { ...params('c-cn-0009'), query: { q: '投诉', limit: 200 } })).data;
    expect(words.items.length).toBeGreaterThan(0);
    expect(words.items.every((c) => c.summary.includes('投诉') || c.intent.includes('投诉'))).toBe(true);
    const none = (await call(agent, getContactHistory, { ...params('c-cn-0009'), query: { q: 'no such words here' } })).data;
    expect(none).toMatchObject({ items: [], nextCursor: null });
  });

  it('fails one section on its own (the others answer) and delays answers by the scenario latency', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(target().anonymous(), failEndpoint, { body: { endpointId: 'customers.accounts', status: 500 } });
    const failed = await call(agent, getAccounts, params('c-cn-0001'));
    expect([failed.status, failed.error.code]).toEqual([500, 'server_error']);
    expect((await call(agent, getCustomer, params('c-cn-0001'))).status).toBe(200);
    expect((await call(agent, getSubscriptions, params('c-cn-0001'))).status).toBe(200);
    await call(target().anonymous(), setLatency, { body: { ms: 120 } });
    const started = performance.now();
    expect((await call(agent, getCustomer, params('c-cn-0001'))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
}
