import { describe, expect, it } from 'vitest';
import { formatAddress, type PostalAddress } from './postal-address';
import { formatBankAccount, maskAddress, maskBankAccount, maskContactPoint, maskEmail, maskIdNumber, maskNumber } from './mask-pii';

describe('maskNumber', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['01012345678', '010****5678'],
    ['075587654321', '075*****4321'],
    ['12345678', '****5678'],
    ['+447700900123', '+44******0123'],
    ['+14155550123', '+1******0123'],
    ['10086', '10086'],
  ])('%s → %s', (input, masked) => {
    expect(maskNumber(input)).toBe(masked);
  });

  it('never shows more than the last four of a mobile', () => {
    expect(maskNumber('13812345678')).not.toContain('1234');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region and the last four of a resident ID', () => {
    expect(maskIdNumber('resident_id', '44030519990101123X')).toBe('440***********123X');
  });
  it('keeps the 91 and region of a business licence', () => {
    expect(maskIdNumber('business_licence', '91440300MA5DABCD12')).toMatch(/^9144\*{10}CD12$/);
  });
  it('keeps only the last four of a passport or licence', () => {
    expect(maskIdNumber('passport', '548209005')).toBe('*****9005');
    expect(maskIdNumber('driving_licence', 'THOMP758214SA9AB')).toBe('************A9AB');
  });
});

describe('maskEmail, maskAddress, maskBankAccount', () => {
  it('shows the first letter and the domain of an email', () => {
    expect(maskEmail('wangjianguo@example.com')).toBe('w***@example.com');
  });

  const cn: PostalAddress = { country: 'CN', region: '广东省', city: '深圳市', district: '南山区', street: '科技园路88号3栋1502室', postcode: '518057' };
  const uk: PostalAddress = { country: 'GB', region: null, city: 'Manchester', district: null, street: '12 Acacia Avenue', postcode: 'M14 5TP' };
  const us: PostalAddress = { country: 'US', region: 'NY', city: 'New York', district: null, street: '350 Fifth Avenue, Apt 12B', postcode: '10118' };

  it('writes and masks an address the way its country does', () => {
    expect(formatAddress(cn)).toBe('广东省深圳市南山区科技园路88号3栋1502室');
    expect(maskAddress(cn)).toBe('广东省深圳市南山区****');
    expect(formatAddress(uk)).toBe('12 Acacia Avenue, Manchester M14 5TP');
    expect(maskAddress(uk)).toBe('****, Manchester M14');
    expect(formatAddress(us)).toBe('350 Fifth Avenue, Apt 12B, New York, NY 10118');
    expect(maskAddress(us)).toBe('****, New York, NY');
  });

  it('shows the bank and the last four of an account', () => {
    const bank = { bankName: '招商银行', accountNumber: '6225880112345678' };
    expect(maskBankAccount(bank)).toBe('招商银行 ****5678');
    expect(formatBankAccount(bank)).toBe('招商银行 6225880112345678');
    expect(maskBankAccount({ bankName: 'Barclays', accountNumber: '20-45-67 41234567' })).toBe('Barclays ****4567');
  });

  it('masks where a contact came from by what it is', () => {
    expect(maskContactPoint('+86 138 1234 5678')).toBe('138****5678');
    expect(maskContactPoint('+44 7700 900123')).toBe('+44******0123');
    expect(maskContactPoint('13812345678')).toBe('138****5678');
    expect(maskContactPoint('Sarah@Example.com')).toBe('S***@Example.com');
    expect(maskContactPoint('wechat:o6_bmjrPTlm6')).toBe('wechat:o6_bmjrPTlm6');
  });
});
