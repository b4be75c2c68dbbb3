import { useRef } from 'react';

/** How soon after compositionend a keyCode-229 Enter is still the one that committed the candidate. */
const COMMIT_WINDOW_MS = 80;

/**
 * Whether a keydown belongs to an IME (pinyin, zhuyin, kana): then Enter picks a candidate and must never
 * send. `isComposing` alone misses Safari's commit Enter (compositionend first, then a keydown with
 * keyCode 229 and isComposing false), and keyCode 229 alone swallows the real Enter macOS Chrome sometimes
 * sends right after a commit; so the composition is tracked here, and a 229 counts only while composing or
 * just after the commit.
 */
export function useImeGuard() {
  const composing = useRef(false);
  const endedAt = useRef(-Infinity);
  return {
    handlers: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        endedAt.current = performance.now();
      },
    },
    isComposing(event: { nativeEvent: KeyboardEvent } | KeyboardEvent): boolean {
      const native = 'nativeEvent' in event ? event.nativeEvent : event;
      if (native.isComposing || composing.current) return true;
      return native.keyCode === 229 && performance.now() - endedAt.current < COMMIT_WINDOW_MS;
    },
  };
}
