import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@/contract/schemas/conversation';
import { ApiError } from '@/lib/api-error';
import { useOutboxStore } from '../stores/outbox-store';
import { memoryAgentStore, persisted } from './memory-persistence';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));

// A server that keeps one message per client id (the contract's rule), and can be told to fail next.
const server = vi.hoisted(() => ({ messages: new Map<string, { clientId: string; text: string }>(), next: [] as ('ok' | 'timeout-after-storing' | 'error')[], calls: [] as { key?: string; clientId: string }[] }));

vi.mock('@/lib/api-client', () => ({
  api: vi.fn(async (_ep: unknown, options: { idempotencyKey?: string; params: { conversationId: string }; body: { clientId: string; content: { text: string } } }) => {
    const { clientId, content } = options.body;
    server.calls.push({ key: options.idempotencyKey, clientId });
    const mode = server.next.shift() ?? 'ok';
    if (mode === 'error') throw new ApiError({ status: 500, code: 'server_error', endpointId: 'conversations.send', message: '500' });
    if (!server.messages.has(clientId)) server.messages.set(clientId, { clientId, text: content.text });
    if (mode === 'timeout-after-storing') throw new ApiError({ status: 0, code: 'timeout', endpointId: 'conversations.send', message: 'timeout' });
    const seq = [...server.messages.keys()].indexOf(clientId) + 1;
    return { messageId: `m-${seq}`, conversationId: options.params.conversationId, seq, clientId, status: 'sent' } as unknown as Message;
  }),
}));

const settle = () => new Promise((r) => setTimeout(r, 0));
const text = (t: string) => ({ kind: 'text' as const, text: t });

describe('outbox store', () => {
  const onSent = vi.fn();
  beforeEach(async () => {
    persisted.clear();
    server.messages.clear();
    server.next = [];
    server.calls = [];
    onSent.mockReset();
    useOutboxStore.getState().reset();
    await useOutboxStore.getState().hydrate('agent-1', { onSent });
  });
  afterEach(() => useOutboxStore.getState().reset());

  it('sends with the client id as idempotency key and leaves the outbox once the server has it', async () => {
    useOutboxStore.getState().send({ clientId: 'c-00000001', conversationId: 'cv1', content: text('hello'), internal: false });
    expect(useOutboxStore.getState().items[0]?.state).toBe('sending');
    await vi.waitFor(() => expect(useOutboxStore.getState().items).toHaveLength(0));
    expect(server.calls).toEqual([{ key: 'c-00000001', clientId: 'c-00000001' }]);
    expect(onSent).toHaveBeenCalledTimes(1);
  });

  it('keeps a timed-out message as failed; Retry sends it again with the same id and the server keeps one', async () => {
    server.next = ['timeout-after-storing'];
    useOutboxStore.getState().send({ clientId: 'c-00000002', conversationId: 'cv1', content: text('are you there?'), internal: false });
    await vi.waitFor(() => expect(useOutboxStore.getState().items[0]?.state).toBe('failed'));
    expect(useOutboxStore.getState().items[0]?.error).toBe('timeout');

    useOutboxStore.getState().retry('c-00000002');
    await vi.waitFor(() => expect(useOutboxStore.getState().items).toHaveLength(0));
    expect(server.calls.map((c) => c.key)).toEqual(['c-00000002', 'c-00000002']);
    expect(server.messages.size).toBe(1);
  });

  it('sends one conversation’s messages in the order they were written', async () => {
    server.next = ['error'];
    const s = useOutboxStore.getState();
    s.send({ clientId: 'c-0000000a', conversationId: 'cv1', content: text('one'), internal: false });
    s.send({ clientId: 'c-0000000b', conversationId: 'cv1', content: text('two'), internal: false });
    await vi.waitFor(() => expect(useOutboxStore.getState().items.map((i) => i.state)).toEqual(['failed']));
    expect(server.calls.map((c) => c.clientId)).toEqual(['c-0000000a', 'c-0000000b']);
  });

  it('a realtime echo that arrives first confirms the message', async () => {
    server.next = ['error'];
    useOutboxStore.getState().send({ clientId: 'c-00000003', conversationId: 'cv1', content: text('x'), internal: false });
    await vi.waitFor(() => expect(useOutboxStore.getState().items[0]?.state).toBe('failed'));
    useOutboxStore.getState().confirm('c-00000003');
    expect(useOutboxStore.getState().items).toHaveLength(0);
    await settle();
    expect(persisted.get('agent-1/outbox')?.size).toBe(0);
  });

  it('survives a reload: a failed message waits for Retry, one still sending goes again with its own id', async () => {
    server.next = ['error'];
    useOutboxStore.getState().send({ clientId: 'c-00000004', conversationId: 'cv1', content: text('failed one'), internal: false });
    await vi.waitFor(() => expect(useOutboxStore.getState().items[0]?.state).toBe('failed'));
    // A message the page was still sending when it went away (stored as sending).
    await memoryAgentStore('agent-1', 'outbox').put('c-00000005', { clientId: 'c-00000005', conversationId: 'cv2', content: text('in flight'), internal: false, state: 'sending', error: null, createdAt: Date.now() });

    useOutboxStore.getState().reset();
    await useOutboxStore.getState().hydrate('agent-1', { onSent });
    await vi.waitFor(() => expect(useOutboxStore.getState().items.map((i) => [i.clientId, i.state])).toEqual([['c-00000004', 'failed']]));
    expect(server.calls.at(-1)).toEqual({ key: 'c-00000005', clientId: 'c-00000005' });
  });
});
