import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { User } from '@/contract/schemas/identity';
import { createFakeRealtimeClient } from '@/realtime/fake-realtime-client';
import { threadMessagesKey } from './api/get-thread-messages';
import { flattenThread, type ThreadData } from './lib/thread-pages';
import { registerThreadRealtime } from './realtime';
import { makeMessage, pagesOf } from './testing/thread-fixtures';

describe('registerThreadRealtime', () => {
  it('puts new messages and status updates into a cached thread once, and refetches threads on resync', () => {
    const client = createFakeRealtimeClient();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(threadMessagesKey('conv-1'), pagesOf([makeMessage(1, { kind: 'text', text: 'hi' })]));
    const off = registerThreadRealtime({ client, queryClient, user: {} as User });
    const reply = makeMessage(2, { kind: 'text', text: 'hello' }, { author: 'agent', status: 'sent' });
    client.emit({ type: 'message.created', seq: 10, at: reply.at, message: reply });
    client.emit({ type: 'message.created', seq: 11, at: reply.at, message: reply });
    client.emit({ type: 'message.updated', seq: 12, at: reply.at, conversationId: 'conv-1', messageId: reply.messageId, status: 'read' });
    // Another conversation, not open here: nothing to update, nothing fetched.
    client.emit({ type: 'message.created', seq: 13, at: reply.at, message: { ...reply, conversationId: 'conv-2' } });
    const thread = flattenThread(queryClient.getQueryData<ThreadData>(threadMessagesKey('conv-1')));
    expect(thread.map((m) => [m.seq, m.status])).toEqual([
      [1, 'delivered'],
      [2, 'read'],
    ]);
    expect(queryClient.getQueryData(threadMessagesKey('conv-2'))).toBeUndefined();

    client.resync();
    expect(queryClient.getQueryState(threadMessagesKey('conv-1'))?.isInvalidated).toBe(true);
    off();
  });
});
