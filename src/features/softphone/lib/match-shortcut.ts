export type SoftphoneShortcut = 'answer' | 'hold' | 'mute' | 'hangup';

const KEYS: Record<string, SoftphoneShortcut> = { a: 'answer', h: 'hold', m: 'mute', e: 'hangup' };
const CODES: Record<string, SoftphoneShortcut> = { KeyA: 'answer', KeyH: 'hold', KeyM: 'mute', KeyE: 'hangup' };

/**
 * Ctrl+Shift+A/H/M/E. Matches on `key` and falls back to `code` on non-Latin layouts, where `key` is
 * a Cyrillic or other letter. Ctrl+Alt is avoided on purpose: it is AltGr on several layouts.
 */
export function matchShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>): SoftphoneShortcut | null {
  if (!event.ctrlKey || !event.shiftKey || event.altKey || event.metaKey) return null;
  return KEYS[event.key.toLowerCase()] ?? CODES[event.code] ?? null;
}
