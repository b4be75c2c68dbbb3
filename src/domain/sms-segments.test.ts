import { describe, expect, it } from 'vitest';
import { SMS_MAX_PARTS, smsLength } from './sms-segments';

describe('SMS segments', () => {
  it('sends Latin text as GSM-7: 160 characters in one part, 153 per part beyond', () => {
    expect(smsLength('a'.repeat(160))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts an extension character (€, {, [) as two septets', () => {
    expect(smsLength('€'.repeat(80))).toMatchObject({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsLength('€'.repeat(80) + 'a').segments).toBe(2);
  });

  it('sends Chinese as UCS-2: 70 characters in one part, 67 per part beyond', () => {
    expect(smsLength('您'.repeat(70))).toMatchObject({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsLength('您'.repeat(71)).segments).toBe(2);
    expect(smsLength('您'.repeat(134)).segments).toBe(2);
    expect(smsLength('您'.repeat(135)).segments).toBe(3);
  });

  it('turns a whole Latin message into UCS-2 for one Chinese character or emoji', () => {
    expect(smsLength('a'.repeat(69) + '好')).toMatchObject({ encoding: 'ucs2', segments: 1 });
    expect(smsLength('a'.repeat(70) + '好').segments).toBe(2);
    expect(smsLength('😀')).toMatchObject({ encoding: 'ucs2', units: 2 });
  });

  it('counts an empty text as one part and caps a message at ten parts', () => {
    expect(smsLength('').segments).toBe(1);
    expect(smsLength('a').maxUnits).toBe(153 * SMS_MAX_PARTS);
    expect(smsLength('好').maxUnits).toBe(67 * SMS_MAX_PARTS);
  });
});
