import { describe, expect, it } from 'vitest';
import { isCustomerSearchShortcut } from './customer-search-shortcut';

const key = (init: Omit<Partial<KeyboardEvent>, 'target'> & { target?: object }) =>
  ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, target: { tagName: 'BODY', isContentEditable: false, getAttribute: () => null }, ...init }) as unknown as KeyboardEvent;
const input = { tagName: 'INPUT', isContentEditable: false, getAttribute: () => null };

describe('the customer search shortcut', () => {
  it('is Ctrl+K or ⌘K anywhere, by key or (other layouts) by code', () => {
    expect(isCustomerSearchShortcut(key({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(isCustomerSearchShortcut(key({ key: 'k', metaKey: true, target: input }))).toBe(true);
    expect(isCustomerSearchShortcut(key({ key: 'л', code: 'KeyK', ctrlKey: true }))).toBe(true);
  });

  it('is "/" only outside text fields', () => {
    expect(isCustomerSearchShortcut(key({ key: '/' }))).toBe(true);
    expect(isCustomerSearchShortcut(key({ key: '/', target: input }))).toBe(false);
    expect(isCustomerSearchShortcut(key({ key: '/', target: { tagName: 'DIV', isContentEditable: true, getAttribute: () => null } }))).toBe(false);
  });

  it('never fires on Ctrl+Alt (AltGr), Ctrl+Shift+K, or during IME composition', () => {
    expect(isCustomerSearchShortcut(key({ key: 'k', ctrlKey: true, altKey: true }))).toBe(false);
    expect(isCustomerSearchShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isCustomerSearchShortcut(key({ key: '/', isComposing: true }))).toBe(false);
  });
});
