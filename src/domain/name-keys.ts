/**
 * Names as search keys: lower-cased, single-spaced. A Latin name is also keyed surname first, so
 * "thompson" finds Sarah Thompson as "sarah" does; a Chinese name is written surname first already.
 * A store indexes every key for prefix search.
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function nameKeys(name: string): string[] {
  const key = nameKey(name);
  const parts = key.split(' ');
  if (parts.length < 2) return [key];
  const last = parts[parts.length - 1]!;
  return [...new Set([key, `${last} ${parts.slice(0, -1).join(' ')}`])];
}
