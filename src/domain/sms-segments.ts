/**
 * How long an SMS is, as a carrier bills it (3GPP TS 23.038 / 23.040). Text that fits the GSM 7-bit
 * alphabet travels 160 characters in one part, 153 per part once split (the concatenation header takes
 * the rest); anything else — Chinese always — goes as UCS-2: 70 in one part, 67 per part. The centre sends
 * at most 10 parts: longer is `message_too_long`.
 */

// The GSM 7-bit default alphabet (the escape character itself left out: no one types it).
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// The extension table: each costs two septets (an escape, then the character).
const GSM7_EXTENSION = new Set('^{}\\[~]|€\f');

export const SMS_MAX_PARTS = 10;

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2): what the parts are counted in. */
  units: number;
  segments: number;
  /** The most units this encoding allows in SMS_MAX_PARTS parts. */
  maxUnits: number;
}

const limits = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

function gsm7Units(text: string): number | null {
  let units = 0;
  for (const char of text) {
    if (GSM7_BASIC.has(char)) units += 1;
    else if (GSM7_EXTENSION.has(char)) units += 2;
    else return null;
  }
  return units;
}

export function smsLength(text: string): SmsLength {
  const septets = gsm7Units(text);
  // UCS-2 as phones send it today is UTF-16: an emoji is two units.
  const encoding: SmsEncoding = septets === null ? 'ucs2' : 'gsm7';
  const units = septets ?? text.length;
  const { single, part } = limits[encoding];
  const segments = units === 0 ? 1 : units <= single ? 1 : Math.ceil(units / part);
  return { encoding, units, segments, maxUnits: part * SMS_MAX_PARTS };
}
