import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@/contract/schemas/conversation';
import { WidgetApiError, type WidgetSendContent } from './widget-api';
import { createWidgetOutbox } from './widget-outbox';
import { createWidgetThread } from './widget-thread';

const sent = (clientId: string, seq: number, text: string): Message => ({
  messageId: `m${seq}`,
  conversationId: 'c1',
  seq,
  author: 'customer',
  agentId: null,
  authorName: '王建国',
  at: '2026-11-30T02:00:00.000Z',
  content: { kind: 'text', text },
  internal: false,
  clientId,
  status: 'sent',
});

const pending = (clientId: string, text: string) => ({ clientId, content: { kind: 'text' as const, text }, status: 'sending' as const, error: null });
const texts = (thread: ReturnType<typeof createWidgetThread>) =>
  thread.items().map((i) => (i.message ? `${i.message.seq}:${(i.message.content as { text: string }).text}` : `pending:${i.pending.status}`));

afterEach(() => vi.useRealTimers());

describe('widget outbox', () => {
  it('sends in the order written, one at a time, and retries a failed send with the same client id', async () => {
    vi.useFakeTimers();
    const thread = createWidgetThread();
    const attempts: string[] = [];
    let seq = 0;
    let failNext = true;
    const post = vi.fn(async (clientId: string, content: WidgetSendContent) => {
      attempts.push(clientId);
      if (failNext) {
        failNext = false;
        throw new WidgetApiError(503, 'unavailable');
      }
      seq += 1;
      return sent(clientId, seq, content.kind === 'text' ? content.text : '');
    });
    const outbox = createWidgetOutbox(thread, post);
    outbox.send(pending('a-000001', 'first'), async () => ({ kind: 'text', text: 'first' }));
    outbox.send(pending('b-000002', 'second'), async () => ({ kind: 'text', text: 'second' }));
    await vi.waitFor(() => expect(texts(thread)).toEqual(['pending:failed', 'pending:sending']));
    await vi.runAllTimersAsync();
    await vi.waitFor(() => expect(texts(thread)).toEqual(['1:first', '2:second']));
    expect(attempts).toEqual(['a-000001', 'a-000001', 'b-000002']);
  });

  it('drops a message the server refuses for good and goes on with the next', async () => {
    const thread = createWidgetThread();
    const post = vi.fn(async (clientId: string) => {
      if (clientId === 'a-000001') throw new WidgetApiError(409, 'conversation_closed');
      return sent(clientId, 1, 'second');
    });
    const outbox = createWidgetOutbox(thread, post);
    outbox.send(pending('a-000001', 'first'), async () => ({ kind: 'text', text: 'first' }));
    outbox.send(pending('b-000002', 'second'), async () => ({ kind: 'text', text: 'second' }));
    await vi.waitFor(() => expect(texts(thread)).toEqual(['1:second', 'pending:failed']));
    expect(thread.pending()[0]?.error).toBe('closed');
  });
});
