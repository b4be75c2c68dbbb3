import { describe, expect, it } from 'vitest';
import type { Message } from '@/contract/schemas/conversation';
import { createWidgetThread } from './widget-thread';

const message = (seq: number, extra: Partial<Message> = {}): Message => ({
  messageId: `m${seq}`,
  conversationId: 'c1',
  seq,
  author: 'customer',
  agentId: null,
  authorName: '王建国',
  at: '2026-11-30T02:00:00.000Z',
  content: { kind: 'text', text: `text ${seq}` },
  internal: false,
  clientId: null,
  status: 'sent',
  ...extra,
});

describe('widget thread', () => {
  it('keeps each message once, in seq order, whichever way and however often it came', () => {
    const thread = createWidgetThread();
    thread.addMessage(message(2));
    thread.addMessage(message(1));
    thread.addMessage(message(2));
    thread.addMessage(message(3));
    thread.addMessage(message(1));
    expect(thread.items().map((i) => i.key)).toEqual(['m1', 'm2', 'm3']);
  });

  it('never shows an internal note', () => {
    const thread = createWidgetThread();
    thread.addMessage(message(1, { internal: true }));
    expect(thread.items()).toEqual([]);
  });

  it('shows a pending message after the server ones until the server has it, then once', () => {
    const thread = createWidgetThread();
    thread.addMessage(message(1));
    thread.addPending({ clientId: 'client-a', content: { kind: 'text', text: 'hi' }, status: 'sending', error: null });
    expect(thread.items().map((i) => i.key)).toEqual(['m1', 'pending:client-a']);
    // The socket brings it before the send's answer: the client id ties them.
    thread.addMessage(message(2, { clientId: 'client-a' }));
    expect(thread.items().map((i) => i.key)).toEqual(['m1', 'm2']);
    thread.settle('client-a', message(2, { clientId: 'client-a' }));
    expect(thread.items().map((i) => i.key)).toEqual(['m1', 'm2']);
  });

  it('settles a pending message even when the server does not echo its client id', () => {
    const thread = createWidgetThread();
    thread.addPending({ clientId: 'client-b', content: { kind: 'text', text: 'hi' }, status: 'sending', error: null });
    thread.addMessage(message(1));
    thread.settle('client-b', message(1));
    expect(thread.items().map((i) => i.key)).toEqual(['m1']);
  });
});
