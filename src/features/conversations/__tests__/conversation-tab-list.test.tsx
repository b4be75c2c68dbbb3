import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { ConversationTabList } from '../components/conversation-tab-list';
import { conversationShortcut, useConversationShortcuts } from '../hooks/use-conversation-shortcuts';
import { useCloseRequestStore } from '../stores/close-request-store';
import { useDraftsStore } from '../stores/drafts-store';
import { useTypingStore } from '../stores/typing-store';
import '../conversations-locales';
import { conversation } from './conversation-fixtures';
import { renderWithQuery } from './render-with-query';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));

const three = [
  conversation({ conversationId: 'a', title: '王芳', unread: 2 }),
  conversation({ conversationId: 'b', title: 'Li Lei', channel: 'sms', waitingSince: new Date(Date.now() - 90_000).toISOString() }),
  conversation({ conversationId: 'c', title: 'zhang@example.com', channel: 'email', waitingSince: new Date(Date.now() - 300_000).toISOString() }),
];

function Harness({ activeId, onSelect }: { activeId: string; onSelect: (id: string) => void }) {
  useConversationShortcuts(
    three.map((c) => c.conversationId),
    activeId,
    onSelect,
  );
  return <ConversationTabList conversations={three} activeId={activeId} onSelect={onSelect} />;
}

describe('conversation tabs', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    useTypingStore.getState().reset();
    useDraftsStore.getState().reset();
    useCloseRequestStore.getState().cancel();
  });
  afterEach(() => useTypingStore.getState().reset());

  it('shows each conversation with channel, customer, unread, typing and the wait at the queue’s thresholds', () => {
    useTypingStore.getState().setCustomerTyping('a', true);
    renderWithQuery(<Harness activeId="a" onSelect={() => undefined} />);
    expect(screen.getByRole('tablist', { name: 'Open conversations' })).toBeInTheDocument();
    const tab = screen.getByRole('tab', { name: /^王芳 2 unread Customer is typing…, Chat$/ });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: /^Li Lei Customer waiting 01:3\d, getting long SMS$/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+2 Delete');
    expect(screen.getByLabelText(/Customer waiting 01:3\d, getting long/)).toHaveAttribute('data-wait-level', 'amber');
    expect(screen.getByLabelText(/Customer waiting 05:0\d, too long/)).toHaveAttribute('data-wait-level', 'red');
  });

  it('switches by click, by arrows in the list, and from anywhere by Alt+digit and Alt+arrows', () => {
    const onSelect = vi.fn();
    renderWithQuery(<Harness activeId="a" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('tab', { name: /Li Lei/ }));
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(screen.getByRole('tab', { selected: true }), { key: 'ArrowDown' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(document.body, { key: '3', code: 'Digit3', altKey: true });
    expect(onSelect).toHaveBeenLastCalledWith('c');
    fireEvent.keyDown(document.body, { key: 'ArrowUp', code: 'ArrowUp', altKey: true });
    expect(onSelect).toHaveBeenLastCalledWith('c');
    onSelect.mockClear();
    // Ctrl+Alt is AltGr on many layouts: left alone. So is anything while an IME composes.
    fireEvent.keyDown(document.body, { key: '2', code: 'Digit2', altKey: true, ctrlKey: true });
    fireEvent.keyDown(document.body, { key: '2', code: 'Digit2', altKey: true, isComposing: true });
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('Delete on a tab, or its close mark, asks to close it (the dialog confirms a draft first)', () => {
    useDraftsStore.setState({ hydrated: true, drafts: { b: { text: 'half-written', internal: false, subject: '', to: '', cc: '', inReplyTo: null, attachments: [], updatedAt: 1 } } });
    renderWithQuery(<Harness activeId="a" onSelect={() => undefined} />);
    const tab = screen.getByRole('tab', { name: /Li Lei.*Draft not sent/ });
    fireEvent.keyDown(tab, { key: 'Delete' });
    expect(useCloseRequestStore.getState().closingId).toBe('b');
  });
});

describe('conversationShortcut', () => {
  const key = (over: Partial<KeyboardEvent>) => ({ altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, key: '', code: '', isComposing: false, keyCode: 0, ...over });
  it('reads the digit from the key code (macOS Option characters, non-Latin layouts)', () => {
    expect(conversationShortcut(key({ key: '¡', code: 'Digit1' }))).toEqual({ index: 0 });
    expect(conversationShortcut(key({ key: '9', code: 'Numpad9' }))).toEqual({ index: 8 });
    expect(conversationShortcut(key({ key: 'ArrowDown', code: 'ArrowDown' }))).toEqual({ to: 'next' });
    expect(conversationShortcut(key({ key: '1', code: 'Digit1', altKey: false }))).toBeNull();
    expect(conversationShortcut(key({ key: '1', code: 'Digit1', keyCode: 229 }))).toBeNull();
  });
});
