import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

export interface VirtualTableRowsOptions<T> {
  /** The rows, in display order. */
  rows: readonly T[];
  /** A row's id; a stable function (defined outside the component). */
  idOf: (row: T) => string;
  /** The scrolling box around the table. */
  scrollRef: RefObject<HTMLElement | null>;
  /** A row's height before it is measured (a board row at 100 % text size, compact). */
  estimateRowHeight?: number;
  /** Rows rendered beyond each edge, so a quick scroll or a keyboard page never shows blank space. */
  overscan?: number;
}

/** What the table body renders, in order: rows, and blank space standing in for rows not rendered. */
export type VirtualTableSlot = { kind: 'row'; index: number; key: string } | { kind: 'gap'; key: string; height: number };

/**
 * Virtual rows for a real `<table>`: rows not in view are replaced by spacer rows of the same height, so
 * the table keeps its semantics (header, `aria-rowcount`, each row's `aria-rowindex`) and a sticky header.
 * Rows are measured as they render, so density and text size need no configuration. A row holding focus
 * stays rendered when scrolled away, so focus is never dropped to the page.
 */
export function useVirtualTableRows<T>({ rows, idOf, scrollRef, estimateRowHeight = 31, overscan = 12 }: VirtualTableRowsOptions<T>) {
  // The rows array is new on every live update, but its order rarely changes. The virtualizer recomputes
  // every row's position when its key function changes, so that function changes only with the order.
  const previousKeys = useRef<readonly string[]>([]);
  const keys = useMemo(() => {
    const next = rows.map(idOf);
    const previous = previousKeys.current;
    return next.length === previous.length && next.every((key, i) => key === previous[i]) ? previous : next;
  }, [rows, idOf]);
  useEffect(() => {
    previousKeys.current = keys;
  });
  const getKey = useCallback((index: number) => keys[index]!, [keys]);
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const index = focused.current;
    if (index === null || index >= range.count || indexes.includes(index)) return indexes;
    return index < (indexes[0] ?? 0) ? [index, ...indexes] : [...indexes, index];
  }, []);

  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: getKey,
    overscan,
    rangeExtractor,
    // The sticky header sits above the first row inside the scrolling box.
    paddingStart: estimateRowHeight,
  });

  const slots: VirtualTableSlot[] = [];
  let end = estimateRowHeight;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > end) slots.push({ kind: 'gap', key: `gap-${slots.length}`, height: item.start - end });
    slots.push({ kind: 'row', index: item.index, key: String(item.key) });
    end = item.end;
  }
  const total = virtualizer.getTotalSize();
  if (total > end) slots.push({ kind: 'gap', key: 'gap-end', height: total - end });

  const bodyProps = {
    onFocus(event: FocusEvent<HTMLElement>) {
      const row = (event.target as HTMLElement).closest('[data-index]');
      focused.current = row ? Number(row.getAttribute('data-index')) : null;
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = null;
    },
  };

  return { slots, measureRow: virtualizer.measureElement, bodyProps };
}
