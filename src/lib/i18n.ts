import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const locales = ['zh-CN', 'zh-TW', 'en'] as const;
export type AppLocale = (typeof locales)[number];
export const LOCALE_KEY = 'zuoxi.locale';

// Every namespace of every locale is bundled: together they are a few kB gzipped, and an agent switching
// language mid-shift must not wait on a network round trip. Two namespaces are left out and registered by
// the code that uses them (see addLocaleBundles): the mock-only dev panel's, so production builds do not
// carry them, and the supervisor area's, which travel with that lazily loaded route.
const modules = import.meta.glob<Record<string, unknown>>(['../locales/*/*.json', '!../locales/*/dev.json', '!../locales/*/supervisor.json'], {
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

function isLocale(value: string | null): value is AppLocale {
  return !!value && (locales as readonly string[]).includes(value);
}

export function storedLocale(): AppLocale {
  try {
    const value = localStorage.getItem(LOCALE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // storage disabled
  }
  return 'zh-CN';
}

export function changeLocale(locale: AppLocale): Promise<unknown> {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this tab
  }
  document.documentElement.lang = locale;
  return i18n.changeLanguage(locale);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale(),
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
