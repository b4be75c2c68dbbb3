import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { assertMayReveal, piiPolicy, REVEAL_SECONDS, revealedValue } from './pii-policy';
import { piiValue, type PiiSource } from './pii-value';

describe('piiPolicy', () => {
  it('lets agents reveal less than experts, team leads everything, admins nothing', () => {
    const agent = piiPolicy('agent').revealable;
    const expert = piiPolicy('expert').revealable;
    const lead = piiPolicy('supervisor').revealable;
    expect(agent.every((f) => expert.includes(f))).toBe(true);
    expect(expert.length).toBeGreaterThan(agent.length);
    expect(new Set(lead)).toEqual(new Set(['msisdn', 'id_number', 'address', 'bank_account', 'email']));
    expect(piiPolicy('admin').revealable).toEqual([]);
    expect(piiPolicy('agent').revealSeconds).toBe(60);
  });

  it('refuses a field the role may not reveal with pii_forbidden', () => {
    expect(() => assertMayReveal('agent', 'msisdn')).not.toThrow();
    expect(() => assertMayReveal('agent', 'id_number')).toThrow(expect.objectContaining({ code: 'pii_forbidden' }));
    expect(() => assertMayReveal('admin', 'msisdn')).toThrow(DomainError);
  });

  it('says when a revealed value must be masked again', () => {
    const now = Date.parse('2026-11-20T02:00:00.000Z');
    expect(revealedValue('msisdn', null, '13812345678', now)).toEqual({ field: 'msisdn', subjectId: null, value: '13812345678', expiresAt: new Date(now + REVEAL_SECONDS * 1000).toISOString() });
  });
});

describe('piiValue', () => {
  const customer: PiiSource = {
    customerId: 'c-1',
    idNumber: '44030519990101123X',
    address: { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', street: '科技园路88号', postcode: '518057' },
    email: null,
    subscriptions: [
      { subscriptionId: 's-1', msisdn: '13812345678' },
      { subscriptionId: 's-2', msisdn: '13912345678' },
    ],
    accounts: [
      { accountId: 'a-1', bank: null },
      { accountId: 'a-2', bank: { bankName: '招商银行', accountNumber: '6225880112345678' } },
    ],
  };

  it('picks the subscription or account asked for, else the main one', () => {
    expect(piiValue(customer, 'msisdn', null)).toBe('13812345678');
    expect(piiValue(customer, 'msisdn', 's-2')).toBe('13912345678');
    expect(piiValue(customer, 'bank_account', null)).toBe('招商银行 6225880112345678');
    expect(piiValue(customer, 'id_number', null)).toBe('44030519990101123X');
    expect(piiValue(customer, 'address', null)).toBe('广东省深圳市南山区科技园路88号');
  });

  it('answers not_found for what is not on file', () => {
    for (const [field, subject] of [['email', null], ['msisdn', 's-9'], ['bank_account', 'a-1'], ['id_number', 's-1']] as const) {
      expect(() => piiValue(customer, field, subject)).toThrow(expect.objectContaining({ code: 'not_found' }));
    }
  });
});
