/** Ctrl+K or ⌘K anywhere (also in a text field), or "/" outside text fields; never Ctrl+Alt nor an IME toggle. */
export function isCustomerSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'target'>): boolean {
  if (event.isComposing || event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey) return event.key.toLowerCase() === 'k' || event.code === 'KeyK';
  if (event.ctrlKey || event.metaKey || event.key !== '/') return false;
  const target = event.target as HTMLElement | null;
  const editable = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.getAttribute?.('role') === 'textbox');
  return !editable;
}
