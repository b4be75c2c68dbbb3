/**
 * How an SMS is cut into segments (3GPP TS 23.038): text entirely in the GSM 7-bit alphabet fits 160
 * characters in one message and 153 per part once split; anything else (Chinese, most emoji) is sent as
 * UCS-2: 70 in one message, 67 per part. Characters of the GSM extension table (€ [ ] { } ~ ^ | \) take two
 * places. We send at most MAX_SMS_SEGMENTS parts.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const basic = new Set(GSM_BASIC);
const extended = new Set(GSM_EXTENDED);

export const MAX_SMS_SEGMENTS = 10;

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Places used: GSM characters (extension ones count 2), or UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Places per segment at this length: 160/70 for one message, 153/67 once split. */
  perSegment: number;
  /** Places left in the last segment. */
  remaining: number;
  /** The most places a message may hold in this encoding (MAX_SMS_SEGMENTS parts). */
  max: number;
  tooLong: boolean;
}

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return 'ucs2';
  return 'gsm7';
}

export function countSms(text: string): SmsCount {
  const encoding = smsEncoding(text);
  let units = 0;
  if (encoding === 'gsm7') for (const ch of text) units += extended.has(ch) ? 2 : 1;
  else units = text.length;
  const single = encoding === 'gsm7' ? 160 : 70;
  const part = encoding === 'gsm7' ? 153 : 67;
  const perSegment = units <= single ? single : part;
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  const max = part * MAX_SMS_SEGMENTS;
  const remaining = segments === 0 ? single : segments * perSegment - units;
  return { encoding, units, segments, perSegment, remaining, max, tooLong: units > max };
}
