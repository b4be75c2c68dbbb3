import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ThreadRow } from '../lib/thread-rows';

/** Within this many pixels of the end counts as "at the bottom" (a row's last line half shown still is). */
const BOTTOM_SLACK = 48;

interface Seen {
  first: string | undefined;
  last: string | undefined;
  count: number;
}

export interface ThreadScroll {
  /** Messages that arrived below while the agent was reading further up. */
  unseen: number;
  atBottom: boolean;
  onScroll: () => void;
  scrollToBottom: () => void;
}

/**
 * Keeps a chat thread where the agent expects it:
 * - opened at the newest message;
 * - older pages added above leave the messages on screen exactly where they were;
 * - a new message scrolls into view if the agent was at the bottom (or sent it), otherwise it is counted
 *   for the "N new messages" button;
 * - rows measured taller than guessed (an image, an email's frame) keep the bottom in view when pinned.
 */
export function useThreadScroll(rows: readonly ThreadRow[], virtualizer: Virtualizer<HTMLDivElement, Element>, scrollRef: RefObject<HTMLDivElement | null>): ThreadScroll {
  const pinned = useRef(true);
  const seen = useRef<Seen>({ first: undefined, last: undefined, count: 0 });
  const [unseen, setUnseen] = useState(0);
  const [atBottom, setAtBottom] = useState(true);

  const scrollToBottom = useCallback(() => {
    const el = scrollRef.current;
    pinned.current = true;
    setAtBottom(true);
    setUnseen(0);
    if (el) el.scrollTop = el.scrollHeight;
  }, [scrollRef]);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK;
    pinned.current = bottom;
    setAtBottom(bottom);
    if (bottom) setUnseen(0);
  }, [scrollRef]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const before = seen.current;
    seen.current = { first: rows[0]?.key, last: rows[rows.length - 1]?.key, count: rows.length };
    if (!el || rows.length === 0) return;
    if (before.count === 0) {
      el.scrollTop = el.scrollHeight;
      return;
    }
    if (rows[0]!.key !== before.first) {
      const kept = rows.findIndex((r) => r.key === before.first);
      // Rows came in above: move by their height, so what was on screen stays put.
      const shift = kept > 0 ? (virtualizer.measurementsCache[kept]?.start ?? 0) - (virtualizer.measurementsCache[0]?.start ?? 0) : 0;
      if (shift > 0 && !pinned.current) el.scrollTop += shift;
    }
    const lastKey = rows[rows.length - 1]!.key;
    if (lastKey === before.last) return;
    const from = rows.findIndex((r) => r.key === before.last) + 1;
    const added = rows.slice(from);
    if (pinned.current || added.some((r) => r.kind === 'pending')) {
      pinned.current = true;
      el.scrollTop = el.scrollHeight;
    } else {
      const count = added.filter((r) => r.kind === 'message').length;
      if (count > 0) setUnseen((n) => n + count);
    }
  }, [rows, virtualizer, scrollRef]);

  // Measured heights replace guesses after paint: stay at the end while pinned.
  const total = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && pinned.current && el.scrollHeight - el.scrollTop - el.clientHeight > 1) el.scrollTop = el.scrollHeight;
  }, [total, scrollRef]);

  return { unseen, atBottom, onScroll, scrollToBottom };
}
