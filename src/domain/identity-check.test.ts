import { describe, expect, it } from 'vitest';
import { checkIdentity, identityFactsOf, parseAmount } from './identity-check';
import { offeredContact, type LiveContact } from './live-contact';

const now = Date.parse('2026-11-20T02:00:00.000Z');
const agent = { id: 'agt-1001', role: 'agent' as const };
const facts = identityFactsOf({
  idNumber: '44030519990101123X',
  accounts: [
    { bills: [{ period: '2026-10', amount: 136.4 }, { period: '2026-09', amount: 128 }] },
    { bills: [{ period: '2026-08', amount: 19 }, { period: '2026-10', amount: 52.3 }] },
  ],
});
const fresh = (): LiveContact => offeredContact({ contactId: 'ct-1', tenant: 'cn', channel: 'voice', from: '13812345678', queueId: 'q-cn-general', customerId: 'c-cn-0001', verified: false }, now);

describe('checkIdentity', () => {
  it('takes the latest bill of each account', () => {
    expect(facts.latestBills).toEqual([136.4, 52.3]);
  });

  it('verifies on the last four of the ID, X in either case', () => {
    const { contact, error } = checkIdentity(fresh(), { method: 'id_last4', answer: '123x' }, facts, agent, now);
    expect(error).toBeNull();
    expect(contact).toMatchObject({ verification: { method: 'id_last4', by: 'agt-1001' }, attemptsLeft: 3, agentId: 'agt-1001' });
  });

  it('verifies on a latest bill within a cent, whatever the currency sign', () => {
    expect(checkIdentity(fresh(), { method: 'bill_amount', answer: '¥136.40' }, facts, agent, now).error).toBeNull();
    expect(checkIdentity(fresh(), { method: 'bill_amount', answer: '52.31' }, facts, agent, now).error).toBeNull();
    expect(checkIdentity(fresh(), { method: 'bill_amount', answer: '52.33' }, facts, agent, now).error?.code).toBe('verification_failed');
    expect(checkIdentity(fresh(), { method: 'bill_amount', answer: '128' }, facts, agent, now).error?.code).toBe('verification_failed');
  });

  it('counts misses down, then locks', () => {
    let contact = fresh();
    for (const left of [2, 1, 0]) {
      const result = checkIdentity(contact, { method: 'id_last4', answer: '0000' }, facts, agent, now);
      expect(result.error).toMatchObject({ code: 'verification_failed', details: { attemptsLeft: left } });
      contact = result.contact;
    }
    const locked = checkIdentity(contact, { method: 'id_last4', answer: '123X' }, facts, agent, now);
    expect(locked.error?.code).toBe('verification_locked');
    expect(locked.contact.verification).toBeNull();
  });

  it('does not ask a verified contact again', () => {
    const ivr = offeredContact({ contactId: 'ct-2', tenant: 'cn', channel: 'voice', from: '138', queueId: 'q', customerId: 'c', verified: true }, now);
    expect(ivr.verification?.method).toBe('ivr');
    expect(checkIdentity(ivr, { method: 'id_last4', answer: '0000' }, facts, agent, now)).toEqual({ contact: ivr, error: null });
  });

  it('reads amounts as callers say them', () => {
    expect(parseAmount('86.5元')).toBe(86.5);
    expect(parseAmount('£1,024.00')).toBe(1024);
    expect(parseAmount('about 80')).toBeNull();
    expect(parseAmount('1.234')).toBeNull();
  });
});
