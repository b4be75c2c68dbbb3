import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, type Page, type PageQuery } from '@/contract/core/pagination';
import { DomainError } from './domain-error';

/** Cursors are opaque to clients: the sort key of the last item given, encoded. */
export function encodeCursor(key: string): string {
  return btoa(unescape(encodeURIComponent(key))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): string {
  try {
    return decodeURIComponent(escape(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))));
  } catch {
    throw new DomainError('validation_failed', 'The cursor is not one this server gave', { details: { where: 'query', issues: [{ path: 'cursor', message: 'unknown cursor' }] } });
  }
}

/**
 * One page of a list already in its order, keyed by `keyOf` (unique and increasing in that order): the
 * items after the cursor's key, at most `limit` (default 50, at most 200), and the total.
 * Stores that can use an index do the same with `WHERE key > $cursor ORDER BY key LIMIT $limit`.
 */
export function paginate<T>(items: readonly T[], query: PageQuery, keyOf: (item: T) => string): Page<T> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const start = after === null ? 0 : items.findIndex((item) => keyOf(item) > after);
  const from = start === -1 ? items.length : start;
  const page = items.slice(from, from + limit);
  const more = from + limit < items.length;
  return { items: page, nextCursor: more && page.length ? encodeCursor(keyOf(page[page.length - 1]!)) : null, total: items.length };
}
