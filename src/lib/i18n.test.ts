import { describe, expect, it } from 'vitest';
import { localeForLanguageTag, pickLocale } from './i18n';

describe('pickLocale', () => {
  it('takes the choice stored in this browser over everything else', () => {
    expect(pickLocale({ stored: 'en', profile: 'zh-CN', browser: ['zh-TW'] })).toBe('en');
    expect(pickLocale({ stored: 'zh-TW', profile: 'en', browser: ['en-US'] })).toBe('zh-TW');
  });

  it('takes the profile once signed in when this browser chose nothing', () => {
    expect(pickLocale({ stored: null, profile: 'zh-CN', browser: ['en-US'] })).toBe('zh-CN');
    expect(pickLocale({ profile: 'en', browser: ['zh-CN'] })).toBe('en');
  });

  it('takes the browser language before sign-in', () => {
    expect(pickLocale({ browser: ['en-US', 'en'] })).toBe('en');
    expect(pickLocale({ browser: ['en-GB'] })).toBe('en');
    expect(pickLocale({ browser: ['zh-CN'] })).toBe('zh-CN');
    expect(pickLocale({ browser: ['zh-TW'] })).toBe('zh-TW');
  });

  it('skips browser languages the desktop does not speak', () => {
    expect(pickLocale({ browser: ['fr-FR', 'de', 'en-US'] })).toBe('en');
    expect(pickLocale({ browser: ['ja', 'zh-HK'] })).toBe('zh-TW');
  });

  it('falls back to Simplified Chinese', () => {
    expect(pickLocale({})).toBe('zh-CN');
    expect(pickLocale({ browser: ['fr-FR', 'ja'] })).toBe('zh-CN');
    expect(pickLocale({ browser: [] })).toBe('zh-CN');
  });

  it('ignores a stored value or profile that is not one of its languages', () => {
    expect(pickLocale({ stored: 'fr', browser: ['en-US'] })).toBe('en');
    expect(pickLocale({ stored: '', profile: 'de', browser: ['zh-TW'] })).toBe('zh-TW');
  });
});

describe('localeForLanguageTag', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh_hant_tw', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(localeForLanguageTag(tag)).toBe(locale);
  });

  it.each(['fr', 'ja-JP', 'yue-HK', 'eng', ''])('%s → none', (tag) => {
    expect(localeForLanguageTag(tag)).toBeNull();
  });
});
