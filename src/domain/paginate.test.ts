import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error';
import { decodeCursor, encodeCursor, paginate } from './paginate';

const rows = Array.from({ length: 7 }, (_v, i) => ({ id: `r${String(i).padStart(2, '0')}` }));
const key = (r: { id: string }) => r.id;

describe('paginate', () => {
  it('walks a list page by page with opaque cursors, to the end', () => {
    const first = paginate(rows, { limit: 3 }, key);
    expect(first.items.map(key)).toEqual(['r00', 'r01', 'r02']);
    expect(first.total).toBe(7);
    const second = paginate(rows, { limit: 3, cursor: first.nextCursor! }, key);
    expect(second.items.map(key)).toEqual(['r03', 'r04', 'r05']);
    const last = paginate(rows, { limit: 3, cursor: second.nextCursor! }, key);
    expect(last.items.map(key)).toEqual(['r06']);
    expect(last.nextCursor).toBeNull();
  });

  it('keeps its place when rows before the cursor are removed', () => {
    const first = paginate(rows, { limit: 2 }, key);
    const next = paginate(rows.slice(1), { limit: 2, cursor: first.nextCursor! }, key);
    expect(next.items.map(key)).toEqual(['r02', 'r03']);
  });

  it('round-trips any key, Chinese included, and refuses a cursor it did not give', () => {
    expect(decodeCursor(encodeCursor('张伟|2026-11-30'))).toBe('张伟|2026-11-30');
    expect(() => paginate(rows, { cursor: '%%%' }, key)).toThrow(DomainError);
  });
});
