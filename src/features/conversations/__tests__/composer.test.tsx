import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { conversationKeys } from '../api/conversation-keys';
import { Composer } from '../components/composer';
import { threadMessagesKey } from '../thread/api/get-thread-messages';
import { useDraftsStore } from '../stores/drafts-store';
import { useOutboxStore } from '../stores/outbox-store';
import '../conversations-locales';
import { conversation } from './conversation-fixtures';
import { renderWithQuery } from './render-with-query';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));
vi.mock('@/lib/api-client', () => ({ api: vi.fn(async () => ({ ok: true })) }));

const policy = {
  chat: { maxBytes: 2 * 1024 * 1024, allowedMime: ['image/png', 'image/jpeg', 'application/pdf'] },
  sms: { maxBytes: 0, allowedMime: [] },
  email: { maxBytes: 2 * 1024 * 1024, allowedMime: ['image/png', 'application/pdf'] },
  social: { maxBytes: 2 * 1024 * 1024, allowedMime: ['image/png'] },
};

const customerEmail = {
  messageId: 'm-1',
  conversationId: 'cv1',
  seq: 1,
  author: 'customer' as const,
  agentId: null,
  authorName: 'Li',
  at: '2026-11-30T08:00:00.000Z',
  content: { kind: 'email' as const, subject: 'Invoice', from: 'li@example.com', to: ['service@zuoxi.example'], cc: [], html: null, text: 'My invoice is wrong.\nPlease check.', inReplyTo: null, attachments: [] },
  internal: false,
  clientId: null,
  status: 'sent' as const,
};

function setup(channel: 'chat' | 'sms' | 'email' = 'chat') {
  const send = vi.fn();
  useOutboxStore.setState({ send });
  renderWithQuery(<Composer conversation={conversation({ channel, title: channel === 'email' ? 'li@example.com' : '王芳', subject: channel === 'email' ? 'Invoice' : null })} variables={{ name: '王芳', plan: '畅享 199' }} />, (c) => {
    c.setQueryData(conversationKeys.attachmentPolicy(), policy);
    c.setQueryData(threadMessagesKey('cv1'), { pages: [{ items: channel === 'email' ? [customerEmail] : [], nextCursor: null }], pageParams: [null] });
  });
  return { send };
}

describe('Composer', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    useDraftsStore.getState().reset();
    await useDraftsStore.getState().hydrate('agent-1');
  });
  afterEach(() => {
    useDraftsStore.getState().reset();
    useOutboxStore.getState().reset();
  });

  it('Enter sends the text with a fresh client id; Shift+Enter only breaks the line', () => {
    const { send } = setup();
    const box = screen.getByRole('textbox', { name: 'Reply by Chat' });
    fireEvent.change(box, { target: { value: 'first line' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(send).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0]).toMatchObject({ conversationId: 'cv1', content: { kind: 'text', text: 'first line' }, internal: false });
    expect(send.mock.calls[0]![0].clientId).toMatch(/^c-.{8,}/);
    expect(box).toHaveValue('');
  });

  it('never sends while a pinyin IME is composing, nor on the Enter that commits the candidate', () => {
    const { send } = setup();
    const box = screen.getByRole('textbox', { name: 'Reply by Chat' });
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'ni hao' } });
    // Chrome: the candidate-picking Enter comes with isComposing (and keyCode 229).
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229, isComposing: true });
    // A browser that clears isComposing but keeps our compositionstart state.
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(send).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '你好' } });
    fireEvent.compositionEnd(box);
    // Safari: compositionend first, then the committing keydown with keyCode 229 and isComposing false.
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(send).not.toHaveBeenCalled();
    // The agent's own Enter afterwards sends the whole word.
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 13 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].content).toEqual({ kind: 'text', text: '你好' });
  });

  it('an internal note goes as internal text, marked for staff only', () => {
    const { send } = setup();
    fireEvent.click(screen.getByRole('switch', { name: 'Internal note' }));
    expect(screen.getByText('Internal note: only staff see this')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Internal note' });
    fireEvent.change(box, { target: { value: 'VIP, be careful' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(send.mock.calls[0]![0]).toMatchObject({ content: { kind: 'text', text: 'VIP, be careful' }, internal: true });
  });

  it('refuses an oversized or forbidden attachment before uploading, saying why', async () => {
    setup();
    const input = screen.getByLabelText('Attach a file', { selector: 'input' });
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'scan.png', { type: 'image/png' });
    await act(async () => fireEvent.change(input, { target: { files: [big] } }));
    expect(screen.getByRole('alert')).toHaveTextContent('scan.png is too big (3.0 MB); the most is 2.0 MB.');
    const exe = new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' });
    await act(async () => fireEvent.change(input, { target: { files: [exe] } }));
    expect(screen.getByRole('alert')).toHaveTextContent('tool.exe cannot be sent here');
  });

  it('counts SMS characters and segments: 70 for Chinese, 160 for Latin, then split', () => {
    setup('sms');
    const box = screen.getByRole('textbox', { name: 'Reply by SMS' });
    fireEvent.change(box, { target: { value: 'a'.repeat(160) } });
    expect(screen.getByTestId('sms-counter')).toHaveTextContent('160/160 · 1 SMS · GSM');
    fireEvent.change(box, { target: { value: 'a'.repeat(161) } });
    expect(screen.getByTestId('sms-counter')).toHaveTextContent('161 chars · 2 SMS of 153 · GSM');
    fireEvent.change(box, { target: { value: '您'.repeat(71) } });
    expect(screen.getByTestId('sms-counter')).toHaveTextContent('71 chars · 2 SMS of 67 · Unicode');
  });

  it('an email answers the customer’s latest email (Re: subject, quoted on request); Ctrl+Enter sends, Enter breaks the line', () => {
    const { send } = setup('email');
    expect(screen.getByRole('textbox', { name: 'To (email addresses)' })).toHaveValue('li@example.com');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Re: Invoice');
    const body = screen.getByRole('textbox', { name: 'Reply by Email' });
    fireEvent.change(body, { target: { value: 'Dear Li,' } });
    fireEvent.keyDown(body, { key: 'Enter' });
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Quote' }));
    expect((body as HTMLTextAreaElement).value).toMatch(/^Dear Li,\n\nli@example\.com wrote on .+:\n> My invoice is wrong\.\n> Please check\.$/);
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    expect(send.mock.calls[0]![0].content).toMatchObject({ kind: 'email', subject: 'Re: Invoice', to: ['li@example.com'], cc: [], inReplyTo: 'm-1' });
    expect(send.mock.calls[0]![0].content.text).toContain('> My invoice is wrong.');
  });
});
