import { describe, expect, it } from 'vitest';
import { pickWidgetLocale } from './pick-widget-locale';

describe('pickWidgetLocale', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-TW'], 'zh-TW'],
    [['zh-HK', 'en'], 'zh-TW'],
    [['zh-Hant-TW'], 'zh-TW'],
    [['fr-FR', 'en-GB'], 'en'],
    [['de'], 'en'],
  ] as const)('%j → %s', (languages, locale) => {
    expect(pickWidgetLocale(languages)).toBe(locale);
  });
});
