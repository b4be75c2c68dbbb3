import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ThreadRow } from '../lib/thread-rows';

/** Within this many pixels of the end counts as "at the bottom" (also the virtualizer's `scrollEndThreshold`). */
export const BOTTOM_SLACK = 24;

export interface ThreadScroll {
  /** Messages that arrived below while the agent was reading further up. */
  unseen: number;
  atBottom: boolean;
  onScroll: () => void;
  scrollToBottom: () => void;
}

/**
 * What the virtualizer does not do by itself for a chat. It keeps the view still when older rows come in
 * above (`anchorTo: 'end'`) and follows appended rows while at the end (`followOnAppend`); this opens the
 * thread at its newest message, brings the agent's own send into view wherever they were reading, and
 * counts what arrived below while they read further up (the "N new messages" button).
 */
export function useThreadScroll(rows: readonly ThreadRow[], virtualizer: Virtualizer<HTMLDivElement, Element>): ThreadScroll {
  const atBottomRef = useRef(true);
  const lastKey = useRef<string | undefined>(undefined);
  const [unseen, setUnseen] = useState(0);
  const [atBottom, setAtBottom] = useState(true);

  const scrollToBottom = useCallback(() => {
    atBottomRef.current = true;
    setAtBottom(true);
    setUnseen(0);
    virtualizer.scrollToEnd();
  }, [virtualizer]);

  const onScroll = useCallback(() => {
    const el = virtualizer.scrollElement;
    if (!el) return;
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_SLACK;
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    if (bottom) setUnseen(0);
  }, [virtualizer]);

  useLayoutEffect(() => {
    const previous = lastKey.current;
    const last = rows[rows.length - 1]?.key;
    lastKey.current = last;
    if (last === undefined || last === previous) return;
    if (previous === undefined) {
      virtualizer.scrollToEnd();
      return;
    }
    const added = rows.slice(rows.findIndex((r) => r.key === previous) + 1);
    if (atBottomRef.current) return;
    if (added.some((r) => r.kind === 'pending')) scrollToBottom();
    else {
      const count = added.filter((r) => r.kind === 'message').length;
      if (count > 0) setUnseen((n) => n + count);
    }
  }, [rows, virtualizer, scrollToBottom]);

  return { unseen, atBottom, onScroll, scrollToBottom };
}
