import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const locales = ['zh-CN', 'zh-TW', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const LOCALE_KEY = 'zuoxi.locale';

// Every namespace of every locale is bundled: together they are a few kB gzipped, and an agent switching
// language mid-shift must not wait on a network round trip. Some namespaces are left out and registered by
// the code that uses them (see addLocaleBundles): the mock-only dev panel's, so production builds do not
// carry them, and those of the supervisor area and the customer view, which travel with their lazily loaded code.
const modules = import.meta.glob<Record<string, unknown>>(['../locales/*/*.json', '!../locales/*/dev.json', '!../locales/*/supervisor.json', '!../locales/*/audit.json', '!../locales/*/customers.json', '!../locales/*/conversations.json'], {
  eager: true,
  import: 'default',
});

function eachBundle(bundles: Record<string, Record<string, unknown>>, add: (lng: string, ns: string, messages: Record<string, unknown>) => void) {
  for (const [path, messages] of Object.entries(bundles)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    add(lng, ns, messages);
  }
}

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
eachBundle(modules, (lng, ns, messages) => {
  (resources[lng] ??= {})[ns] = messages;
});

/** Adds namespaces that ship with a lazily loaded part (pass an eager `import.meta.glob` of src/locales/*\/<ns>.json). */
export function addLocaleBundles(bundles: Record<string, Record<string, unknown>>): void {
  eachBundle(bundles, (lng, ns, messages) => i18n.addResourceBundle(lng, ns, messages, true, true));
}

function isLocale(value: string | null | undefined): value is AppLocale {
  return !!value && (locales as readonly string[]).includes(value);
}

/** The desktop's language for a browser language tag (BCP 47, any case), or null when it speaks none of it. */
export function localeForLanguageTag(tag: string): AppLocale | null {
  const [language, ...subtags] = tag.toLowerCase().split(/[-_]/);
  if (language === 'en') return 'en';
  if (language !== 'zh') return null;
  // The script decides when it is given (zh-Hant-CN is traditional, zh-Hans-HK simplified); else the region.
  if (subtags.includes('hant')) return 'zh-TW';
  if (subtags.includes('hans')) return 'zh-CN';
  return subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo') ? 'zh-TW' : 'zh-CN';
}

export interface LocaleSources {
  /** What was picked in this browser (localStorage), if anything. */
  stored?: string | null;
  /** The signed-in user's profile language, once known. */
  profile?: string | null;
  /** The browser's languages, most preferred first (`navigator.languages`). */
  browser?: readonly string[];
}

/**
 * The language to show: a choice made in this browser, else the user's profile, else the first browser
 * language the desktop speaks, else Simplified Chinese.
 */
export function pickLocale({ stored, profile, browser = [] }: LocaleSources): AppLocale {
  if (isLocale(stored)) return stored;
  if (isLocale(profile)) return profile;
  for (const tag of browser) {
    const locale = localeForLanguageTag(tag);
    if (locale) return locale;
  }
  return 'zh-CN';
}

/** The language picked in this browser, or null when none was. */
export function storedLocale(): AppLocale | null {
  try {
    const value = localStorage.getItem(LOCALE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // storage disabled
  }
  return null;
}

/** The browser's languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** Shows a language without remembering it as this browser's choice. */
export function showLocale(locale: AppLocale): Promise<unknown> {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return i18n.changeLanguage(locale);
}

/** The user picks a language: shown at once and remembered in this browser, above the profile's. */
export function changeLocale(locale: AppLocale): Promise<unknown> {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this tab
  }
  return showLocale(locale);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: pickLocale({ stored: storedLocale(), browser: browserLanguages() }),
  fallbackLng: 'zh-CN',
  supportedLngs: [...locales],
  ns: Object.keys(resources['zh-CN'] ?? { common: {} }),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export { i18n };
