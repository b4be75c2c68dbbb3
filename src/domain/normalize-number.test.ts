import { describe, expect, it } from 'vitest';
import { normalizeNumber, toDialable } from './normalize-number';

describe('normalizeNumber', () => {
  it.each([
    ['13800138000', '13800138000', 'mobile'],
    ['+86 13800138000', '13800138000', 'mobile'],
    ['+8613800138000', '13800138000', 'mobile'],
    ['8613800138000', '13800138000', 'mobile'],
    ['008613800138000', '13800138000', 'mobile'],
    ['+86 138 0013 8000', '13800138000', 'mobile'],
    ['138-0013-8000', '13800138000', 'mobile'],
    ['010-12345678', '01012345678', 'landline'],
    ['(0755)87654321', '075587654321', 'landline'],
    ['0755 8765 4321', '075587654321', 'landline'],
    ['+86 10 12345678', '01012345678', 'landline'],
    ['+86 (0)755 87654321', '075587654321', 'landline'],
    ['10086', '10086', 'short'],
    ['95555', '95555', 'short'],
    ['12345', '12345', 'short'],
    ['110', '110', 'short'],
    ['2001', '2001', 'extension'],
    ['+44 20 7946 0958', '+442079460958', 'international'],
    ['0044 20 7946 0958', '+442079460958', 'international'],
    ['+1 (415) 555-0100', '+14155550100', 'international'],
    ['sip:2001@zuoxi.test', 'sip:2001@zuoxi.test', 'sip'],
  ])('%s → %s (%s)', (input, dialable, kind) => {
    expect(normalizeNumber(input)).toEqual({ dialable, kind });
  });

  it.each(['', '   ', 'abc', '13800138000x', '12', '+1 23', '1234567890123456789'])('rejects %j', (input) => {
    expect(normalizeNumber(input)).toBeNull();
  });

  it('toDialable returns the dialable string', () => {
    expect(toDialable('+86 138 0013 8000')).toBe('13800138000');
    expect(toDialable('hello')).toBeNull();
  });
});
