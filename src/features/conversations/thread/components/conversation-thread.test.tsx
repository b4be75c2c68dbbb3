import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import type { Message } from '@/contract/schemas/conversation';
import { applyMessageEvent } from '../api/apply-message-event';
import { threadMessagesKey } from '../api/get-thread-messages';
import type { PendingMessage } from '../lib/thread-rows';
import { makeMessage, pagesOf } from '../testing/thread-fixtures';
import { useEmailViewStore } from '../stores/email-view-store';
import { ConversationThread } from './conversation-thread';

const attachment = (id: string, name: string, mime: string, size: number) => ({ attachmentId: id, name, mime, size });

function thread(): Message[] {
  return [
    makeMessage(1, { kind: 'system', event: 'assigned', detail: { agent: '张伟' } }),
    makeMessage(2, { kind: 'text', text: 'Hi, see https://example.com/a. and javascript:alert(1)' }, { author: 'customer', authorName: '王芳' }),
    makeMessage(3, { kind: 'text', text: 'On it.' }, { author: 'agent', status: 'read' }),
    makeMessage(4, { kind: 'text', text: 'VIP, be careful' }, { author: 'agent', internal: true }),
    makeMessage(5, { kind: 'image', attachment: attachment('att-1', 'photo.png', 'image/png', 2048), caption: 'router' }, { author: 'customer' }),
    makeMessage(6, { kind: 'file', attachment: attachment('att-2', 'invoice.pdf', 'application/pdf', 1_200_000) }, { author: 'customer' }),
    makeMessage(7, { kind: 'sms', text: '短信内容', segments: 2 }, { author: 'customer' }),
    makeMessage(8, {
      kind: 'email',
      subject: 'Refund',
      from: 'wang@example.com',
      to: ['support@zuoxi.example'],
      cc: ['boss@example.com'],
      html: '<p>Hello <img src="https://img.evil.example/p.gif"><script>top.__xss=1</script></p>',
      text: 'Hello (plain)',
      inReplyTo: null,
      attachments: [],
    }, { author: 'customer' }),
  ];
}

function renderThread(messages: Message[], pending?: PendingMessage[]) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(threadMessagesKey('conv-1'), pagesOf(messages));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ConversationThread conversationId="conv-1" pending={pending} label="Messages with 王芳" />
    </QueryClientProvider>,
  );
  return { queryClient, ...view };
}

describe('ConversationThread', () => {
  let restore: () => void;
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    const restoreSizes = mockElementSizes({ viewport: 2000 });
    // Rows are measured by their offsetHeight, 0 in jsdom: give each row a height so the range is real.
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: function (this: HTMLElement) { return this.classList.contains('zx-row') ? 40 : 0; } });
    restore = () => {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
      restoreSizes();
    };
  });
  afterEach(() => {
    restore();
    useEmailViewStore.setState({ views: {} });
  });

  it('renders each kind of message in a named log', () => {
    renderThread(thread());
    const log = screen.getByRole('log', { name: 'Messages with 王芳' });
    expect(within(log).getByText('Start of the conversation')).toBeInTheDocument();
    expect(within(log).getByRole('note')).toHaveTextContent('Assigned to 张伟');
    const link = within(log).getByRole('link', { name: 'https://example.com/a' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(log).queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(within(log).getByText('Internal note · staff only')).toBeInTheDocument();
    expect(within(log).getAllByText('Read')).toHaveLength(1);
    expect(within(log).getByRole('button', { name: 'Download invoice.pdf' })).toBeInTheDocument();
    expect(within(log).getByText('1.1 MB')).toBeInTheDocument();
    expect(within(log).getByText(/2 seg\./)).toBeInTheDocument();
    expect(within(log).getByText('Refund')).toBeInTheDocument();
  });

  it('shows an email in a sandboxed frame without scripts, remote images blocked until asked, and its plain text on request', () => {
    renderThread(thread());
    const frame = screen.getByTitle('Email body: Refund') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    const doc = frame.getAttribute('srcdoc')!;
    expect(doc).toContain("img-src data: cid:;");
    expect(doc).not.toContain('<script');
    expect(doc).not.toContain('evil.example');
    fireEvent.click(screen.getByRole('button', { name: 'Show remote images (1)' }));
    const allowed = (screen.getByTitle('Email body: Refund') as HTMLIFrameElement).getAttribute('srcdoc')!;
    expect(allowed).toContain('img-src data: cid: https://img.evil.example;');
    fireEvent.click(screen.getByRole('button', { name: 'Plain text', pressed: false }));
    expect(screen.queryByTitle('Email body: Refund')).toBeNull();
    expect(screen.getByText('Hello (plain)')).toBeInTheDocument();
  });

  it('shows unconfirmed sends with Retry, and drops one once the thread holds it', () => {
    const onRetry = vi.fn();
    const pending: PendingMessage[] = [
      { clientId: 'client-3', content: { kind: 'text', text: 'On it.' }, state: 'sending' },
      { clientId: 'c-new', content: { kind: 'text', text: 'Are you there?' }, state: 'failed', onRetry },
    ];
    renderThread(thread(), pending);
    expect(screen.getAllByText('On it.')).toHaveLength(1);
    expect(screen.getByText('Are you there?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry sending this message' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('adds a realtime message once, however often it arrives', async () => {
    const { queryClient } = renderThread(thread());
    const message = makeMessage(9, { kind: 'text', text: 'Still waiting' }, { author: 'customer' });
    act(() => {
      applyMessageEvent(queryClient, { type: 'message.created', seq: 50, at: message.at, message });
      applyMessageEvent(queryClient, { type: 'message.created', seq: 51, at: message.at, message });
    });
    // The cache tells its observers a tick later.
    expect(await screen.findAllByText('Still waiting')).toHaveLength(1);
    act(() => applyMessageEvent(queryClient, { type: 'message.updated', seq: 52, at: message.at, conversationId: 'conv-1', messageId: 'm-3', status: 'delivered' }));
    // A late "delivered" never overwrites "read".
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByText('Read')).toBeInTheDocument();
    expect(screen.queryByText('Delivered')).toBeNull();
  });
});
