import type { Currency } from '@/contract/schemas/customer';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** ¥86.50, £12.00: money in the account's currency, in the desktop's language. */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  return cached(`m:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })).format(amount);
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  return cached(`n:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(value);
}

/** "2023年7月" or "Jul 2023". */
export function formatMonthYear(iso: string, locale: string): string {
  return cached(`my:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short' })).format(new Date(iso));
}

/** 2025-03-14 → "2025/3/14" or "14 Mar 2025". */
export function formatDate(iso: string, locale: string): string {
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' })).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return cached(`dt:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })).format(
    new Date(iso),
  );
}

/** A bill's period ("2025-03") as a short month ("3月", "Mar"). */
export function formatPeriod(period: string, locale: string): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return cached(`p:${locale}`, () => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })).format(new Date(Date.UTC(year, month - 1, 1)));
}
