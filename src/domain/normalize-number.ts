export type NumberKind = 'mobile' | 'landline' | 'short' | 'extension' | 'international' | 'sip';

export interface NormalizedNumber {
  /** What the phone dials: digits (a leading + only for non-Chinese international numbers). */
  dialable: string;
  kind: NumberKind;
}

const MOBILE = /^1[3-9]\d{9}$/;
// Area codes: 010 and 02x are two digits after the 0, the rest three; subscriber numbers 7–8 digits.
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})\d{7,8}$/;

/**
 * Turns a number as a person typed or a CRM stored it into the form our Chinese trunk dials:
 * +86 / 0086 / 86 prefixes are dropped (a landline gets its trunk 0 back), separators go,
 * short service codes (10086, 95555, 12345) and 4-digit extensions stay as they are,
 * other international numbers keep their +. Returns null when it cannot be a phone number.
 */
export function normalizeNumber(input: string): NormalizedNumber | null {
  const raw = input.trim();
  if (raw === '') return null;
  if (/^sips?:/i.test(raw)) return { dialable: raw, kind: 'sip' };
  if (/[^\d\s+()\-./*#]/.test(raw)) return null;

  const plus = raw.startsWith('+');
  let digits = raw.replace(/[^\d*#]/g, '');
  if (digits === '') return null;
  if (/[*#]/.test(digits)) return /^[\d*#]{2,15}$/.test(digits) ? { dialable: digits, kind: 'short' } : null;

  let international = plus;
  if (!plus && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (international || (digits.startsWith('86') && MOBILE.test(digits.slice(2)))) {
    if (digits.startsWith('86')) return domestic(digits.slice(2), true);
    return digits.length >= 7 && digits.length <= 15 ? { dialable: `+${digits}`, kind: 'international' } : null;
  }
  return domestic(digits, false);
}

function domestic(digits: string, fromCountryCode: boolean): NormalizedNumber | null {
  if (MOBILE.test(digits)) return { dialable: digits, kind: 'mobile' };
  if (fromCountryCode) {
    // "+86 (0)10 ..." and "+86 10 ..." both mean the landline 010...
    const withTrunk = digits.startsWith('0') ? digits : `0${digits}`;
    return LANDLINE.test(withTrunk) ? { dialable: withTrunk, kind: 'landline' } : null;
  }
  if (LANDLINE.test(digits)) return { dialable: digits, kind: 'landline' };
  if (digits.length === 4) return { dialable: digits, kind: 'extension' };
  if (digits.length >= 3 && digits.length <= 6) return { dialable: digits, kind: 'short' };
  // Local subscriber numbers without area code (7–8 digits) are dialable from a seat inside the area.
  if (digits.length === 7 || digits.length === 8) return { dialable: digits, kind: 'landline' };
  return null;
}

/** Dialable form, or null. */
export function toDialable(input: string): string | null {
  return normalizeNumber(input)?.dialable ?? null;
}
