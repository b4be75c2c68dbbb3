import { describe, expect, it } from 'vitest';
import { ageOn, customerFlags, flagFactsOf, type FlagSource } from './customer-flags';

const now = Date.parse('2026-11-20T02:00:00.000Z');
const base: FlagSource = { level: 'standard', segment: 'consumer', marketingOptOut: false, birthDate: '1990-05-01', accounts: [{ arrears: 0 }], tickets: [] };
const flags = (patch: Partial<FlagSource>) => customerFlags(flagFactsOf({ ...base, ...patch }), now);

describe('customerFlags', () => {
  it('has none for a plain customer', () => {
    expect(flags({})).toEqual([]);
  });

  it('reads each flag from the data', () => {
    expect(flags({ level: 'gold' })).toEqual(['vip']);
    expect(flags({ level: 'diamond' })).toEqual(['vip']);
    expect(flags({ level: 'silver' })).toEqual([]);
    expect(flags({ tickets: [{ category: 'complaint', status: 'pending' }] })).toEqual(['open_complaint']);
    expect(flags({ tickets: [{ category: 'complaint', status: 'closed' }, { category: 'fault', status: 'open' }] })).toEqual([]);
    expect(flags({ marketingOptOut: true })).toEqual(['do_not_market']);
    expect(flags({ accounts: [{ arrears: 0 }, { arrears: 12.5 }] })).toEqual(['arrears']);
    expect(flags({ segment: 'enterprise', birthDate: null })).toEqual(['enterprise']);
    expect(flags({ segment: 'family' })).toEqual(['family_plan']);
    expect(flags({ birthDate: '1960-01-01' })).toEqual(['senior']);
  });

  it('counts age to the day, and falls back to the segment without a birth date', () => {
    expect(ageOn('1966-11-20', now)).toBe(60);
    expect(ageOn('1966-11-21', now)).toBe(59);
    expect(flags({ birthDate: '1966-11-21' })).toEqual([]);
    expect(flags({ birthDate: null, segment: 'senior' })).toEqual(['senior']);
  });

  it('lists several in a fixed order', () => {
    expect(flags({ level: 'diamond', marketingOptOut: true, accounts: [{ arrears: 1 }], tickets: [{ category: 'complaint', status: 'open' }] })).toEqual(['vip', 'open_complaint', 'do_not_market', 'arrears']);
  });
});
