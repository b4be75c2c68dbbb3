import type { Locale } from '@/contract/schemas/identity';

/** The first of the browser's languages the widget speaks: Taiwan, Hong Kong, Macau and Hant are zh-TW; other Chinese zh-CN. */
export function pickWidgetLocale(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (/^zh-(tw|hk|mo)\b|^zh-hant\b/.test(tag)) return 'zh-TW';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
