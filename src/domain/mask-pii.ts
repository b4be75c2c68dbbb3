import type { IdType } from '@/contract/schemas/customer';
import { normalizeNumber } from './normalize-number';
import { formatAddress, type PostalAddress } from './postal-address';

/**
 * How personal data leaves the server unless revealed: enough to recognise it ("the number ending 5678",
 * "your address in 南山区"), never enough to use it. Every backend masks with these, so the desktop sees
 * the same masks from the mocks and the BFF.
 */

const stars = (n: number) => '*'.repeat(Math.max(0, n));

// Country codes of one digit (+1, +7) and two (+44, +86); longer ones are rare here and keep two visible.
function countryCodeLength(digits: string): number {
  return digits.startsWith('1') || digits.startsWith('7') ? 1 : 2;
}

/**
 * A phone number: 138****5678 for a Chinese mobile, the country code and the last four for an
 * international one (+44*******0123). Service numbers (six digits or fewer) are not personal: as they are.
 */
export function maskNumber(value: string): string {
  if (value.startsWith('+')) {
    const digits = value.slice(1).replace(/\D/g, '');
    const cc = countryCodeLength(digits);
    return `+${digits.slice(0, cc)}${stars(digits.length - cc - 4)}${digits.slice(-4)}`;
  }
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 6) return value;
  // At least four stars: a short local number shows its last four only.
  const hidden = Math.max(4, digits.length - 7);
  const head = Math.max(0, digits.length - 4 - hidden);
  return `${digits.slice(0, head)}${stars(hidden)}${digits.slice(-4)}`;
}

/** An ID number: the issuing region and the last four of a resident ID, the last four of anything else. */
export function maskIdNumber(idType: IdType, idNumber: string): string {
  const head = idType === 'resident_id' ? 3 : idType === 'business_licence' ? 4 : 0;
  return `${idNumber.slice(0, head)}${stars(Math.max(4, idNumber.length - head - 4))}${idNumber.slice(-4)}`;
}

/** w***@example.com: the first letter and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return stars(email.length);
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** The region, city and district stay; the street goes (and the inward half of a UK postcode). */
export function maskAddress(address: PostalAddress): string {
  if (address.country === 'CN') return `${address.region ?? ''}${address.city}${address.district ?? ''}****`;
  if (address.country === 'US') return `****, ${address.city}, ${address.region ?? ''}`.trim();
  return `****, ${address.city} ${address.postcode.split(' ')[0] ?? ''}`.trim();
}

export interface BankAccount {
  bankName: string;
  /** Card or account number (a UK account may carry its sort code: 20-45-67 41234567). */
  accountNumber: string;
}

/** 招商银行 ****5678: the bank and the last four. */
export function maskBankAccount(bank: BankAccount): string {
  return `${bank.bankName} ****${bank.accountNumber.replace(/\D/g, '').slice(-4)}`;
}

/** The whole value a bank reveal shows. */
export function formatBankAccount(bank: BankAccount): string {
  return `${bank.bankName} ${bank.accountNumber}`;
}

/** Where a contact came from, as an agent may see it: a number or email masked, a chat handle as it is. */
export function maskContactPoint(from: string): string {
  if (from.includes('@') && !from.startsWith('@')) return maskEmail(from);
  const number = normalizeNumber(from);
  if (number && number.kind !== 'sip') return maskNumber(number.dialable);
  return from;
}

export { formatAddress };
