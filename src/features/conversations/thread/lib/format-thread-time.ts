const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale and style.
function formatter(locale: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${name}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** 14:05 */
export function formatClock(time: number, locale: string): string {
  return formatter(locale, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);
}

/** The full date and time, for a tooltip. */
export function formatFullTime(time: number, locale: string): string {
  return formatter(locale, 'full', { dateStyle: 'full', timeStyle: 'short' }).format(time);
}

export type DayName = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; text: string };

/** A day separator: today, yesterday, or the date (with the weekday; the year only when not this year). */
export function dayName(dayStart: number, now: number, locale: string): DayName {
  const today = new Date(now);
  const todayStart = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const yesterdayStart = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1).getTime();
  if (dayStart === todayStart) return { kind: 'today' };
  if (dayStart === yesterdayStart) return { kind: 'yesterday' };
  const sameYear = new Date(dayStart).getFullYear() === today.getFullYear();
  const text = sameYear
    ? formatter(locale, 'day', { month: 'long', day: 'numeric', weekday: 'short' }).format(dayStart)
    : formatter(locale, 'day-year', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }).format(dayStart);
  return { kind: 'date', text };
}
