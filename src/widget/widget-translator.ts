import type { Locale } from '@/contract/schemas/identity';
import { widgetStrings, type WidgetStringKey } from './widget-strings';

export type Translate = (key: WidgetStringKey, vars?: Record<string, string>) => string;

/** `t('imageSize', { size, limit })`: the locale's text with its `{placeholders}` filled. */
export function widgetTranslator(locale: Locale): Translate {
  const strings = widgetStrings[locale];
  return (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
