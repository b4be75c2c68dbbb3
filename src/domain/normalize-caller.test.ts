import { describe, expect, it } from 'vitest';
import { normalizeCaller, tryNormalizeCaller } from './normalize-caller';

describe('normalizeCaller', () => {
  it.each([
    ['14799603397', '14799603397'],
    ['+86 147 9960 3397', '14799603397'],
    ['+86-147-9960-3397', '14799603397'],
    ['0086 14799603397', '14799603397'],
    ['010-12345678', '01012345678'],
    ['+86 10 12345678', '01012345678'],
    ['+44 7700 900123', '+447700900123'],
    ['10086', '10086'],
  ])('reads %s as the number %s', (from, value) => {
    expect(normalizeCaller(from)).toEqual({ kind: 'number', value });
  });

  it('reads national forms in the international centre', () => {
    expect(normalizeCaller('07700 900123', 'intl')).toEqual({ kind: 'number', value: '+447700900123' });
    expect(normalizeCaller('(415) 555-0123', 'intl')).toEqual({ kind: 'number', value: '+14155550123' });
  });

  it('lower-cases an email address and keeps a chat handle as it is', () => {
    expect(normalizeCaller(' Sarah.Thompson@Example.com ')).toEqual({ kind: 'email', value: 'sarah.thompson@example.com' });
    expect(normalizeCaller('wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toEqual({ kind: 'handle', value: 'wechat:o6_bmjrPTlm6_2sgVt7hMZOPfL2M' });
    expect(normalizeCaller('@sarah_t')).toEqual({ kind: 'handle', value: '@sarah_t' });
  });

  it.each(['hello world', '12', '+1 23', '138001380001234567', '###', '<script>'])('refuses %j with invalid_number', (from) => {
    expect(() => normalizeCaller(from)).toThrow(expect.objectContaining({ code: 'invalid_number' }));
    expect(tryNormalizeCaller(from)).toBeNull();
  });
});
