import { smsLength, type SmsEncoding } from '@/domain/sms-segments';

/** What the composer's SMS counter says; the counting itself is the domain's rule (shared with the server). */
export interface SmsCount {
  encoding: SmsEncoding;
  units: number;
  segments: number;
  /** Places per segment at this length: 160/70 for one message, 153/67 once split. */
  perSegment: number;
  /** Places left in the last segment. */
  remaining: number;
  max: number;
  tooLong: boolean;
}

export function countSms(text: string): SmsCount {
  const { encoding, units, segments, maxUnits } = smsLength(text);
  const single = encoding === 'gsm7' ? 160 : 70;
  const perSegment = units <= single ? single : encoding === 'gsm7' ? 153 : 67;
  return { encoding, units, segments, perSegment, remaining: segments * perSegment - units, max: maxUnits, tooLong: units > maxUnits };
}
