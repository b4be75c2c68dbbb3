import { useEffect, useRef } from 'react';

/**
 * The one shortcut rule for switching conversations, from anywhere (the composer included): Alt+1…9 opens
 * the nth tab, Alt+↑ / Alt+↓ the previous / next. Alt alone, never Ctrl+Alt (AltGr on many layouts) nor
 * an IME toggle; digits are matched on `event.code`, so macOS's Option characters (¡™£) and non-Latin
 * layouts do not get in the way. Nothing fires while an IME is composing.
 */
export function conversationShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'key' | 'code' | 'isComposing' | 'keyCode'>): { to: 'previous' | 'next' } | { index: number } | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.key === 'ArrowUp' || event.code === 'ArrowUp') return { to: 'previous' };
  if (event.key === 'ArrowDown' || event.code === 'ArrowDown') return { to: 'next' };
  const digit = /^Digit([1-9])$/.exec(event.code) ?? /^Numpad([1-9])$/.exec(event.code);
  if (digit) return { index: Number(digit[1]) - 1 };
  return null;
}

export function useConversationShortcuts(ids: readonly string[], activeId: string | null, open: (conversationId: string) => void): void {
  const latest = useRef({ ids, activeId, open });
  useEffect(() => {
    latest.current = { ids, activeId, open };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = conversationShortcut(event);
      if (!shortcut) return;
      const { ids: list, activeId: current, open: go } = latest.current;
      if (list.length === 0) return;
      let target: string | undefined;
      if ('index' in shortcut) target = list[shortcut.index];
      else {
        const at = current ? list.indexOf(current) : -1;
        const next = shortcut.to === 'next' ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
        target = list[next];
      }
      if (!target) return;
      event.preventDefault();
      if (target !== current) go(target);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
