/**
 * A size as the customer reads it (1.4 MB), in their language's number format. Rounded up: a file just over
 * the limit must not read as the limit itself ("2 MB is too large; up to 2 MB").
 */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (mb >= 1) return `${format(Math.ceil(mb * 10) / 10)} MB`;
  return `${format(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}
