import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RealtimeEvent } from '@/contract/events';
import type { ConversationOffer, Message } from '@/contract/schemas/conversation';
import type { User } from '@/contract/schemas/identity';
import { createFakeRealtimeClient, type FakeRealtimeClient } from '@/realtime/fake-realtime-client';
import { conversationKeys } from '../api/conversation-keys';
import { registerConversationsRealtime } from '../realtime';
import { useOutboxStore } from '../stores/outbox-store';
import { useTypingStore } from '../stores/typing-store';
import { threadMessagesKey } from '../thread/api/get-thread-messages';
import { flattenThread, type ThreadData } from '../thread/lib/thread-pages';
import { conversation } from './conversation-fixtures';

vi.mock('../stores/persistence', async () => ({ agentStore: (await import('./memory-persistence')).memoryAgentStore }));

let seq = 0;
const event = (e: Record<string, unknown>) => ({ seq: ++seq, at: new Date().toISOString(), ...e }) as unknown as RealtimeEvent;
const message = (n: number, over: Partial<Message> = {}): Message => ({
  messageId: `m-${n}`,
  conversationId: 'cv1',
  seq: n,
  author: 'customer',
  agentId: null,
  authorName: '王芳',
  at: new Date().toISOString(),
  content: { kind: 'text', text: `message ${n}` },
  internal: false,
  clientId: null,
  status: 'sent',
  ...over,
});

describe('conversations realtime', () => {
  let client: FakeRealtimeClient;
  let queryClient: QueryClient;
  let off: () => void;
  beforeEach(() => {
    client = createFakeRealtimeClient();
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    off = registerConversationsRealtime({ client, queryClient, user: { id: 'agent-1' } as User });
  });
  afterEach(() => {
    off();
    useOutboxStore.getState().reset();
  });

  it('adds each message to the cached thread once, however often the socket replays it', () => {
    queryClient.setQueryData<ThreadData>(threadMessagesKey('cv1'), { pages: [{ items: [message(1)], nextCursor: null }], pageParams: [null] });
    client.emit(event({ type: 'message.created', message: message(2) }));
    client.emit(event({ type: 'message.created', message: message(2) }));
    client.emit(event({ type: 'message.created', message: message(3) }));
    expect(flattenThread(queryClient.getQueryData(threadMessagesKey('cv1'))).map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('fetches the thread again when a message skips a seq (nothing missed stays missing)', () => {
    queryClient.setQueryData<ThreadData>(threadMessagesKey('cv1'), { pages: [{ items: [message(1)], nextCursor: null }], pageParams: [null] });
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    client.emit(event({ type: 'message.created', message: message(2) }));
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: threadMessagesKey('cv1') });
    client.emit(event({ type: 'message.created', message: message(5) }));
    expect(invalidate).toHaveBeenCalledWith({ queryKey: threadMessagesKey('cv1') });
  });

  it('our own message arriving by the socket leaves the outbox; the customer’s message ends their typing', () => {
    useOutboxStore.setState({ items: [{ clientId: 'c-12345678', conversationId: 'cv1', content: { kind: 'text', text: 'hi' }, internal: false, state: 'failed', error: 'timeout', createdAt: 1 }] });
    client.emit(event({ type: 'typing', conversationId: 'cv1', who: 'customer', typing: true }));
    expect(useTypingStore.getState().customerTyping.cv1).toBe(true);
    client.emit(event({ type: 'message.created', message: message(1, { author: 'agent', clientId: 'c-12345678' }) }));
    expect(useOutboxStore.getState().items).toHaveLength(0);
    client.emit(event({ type: 'message.created', message: message(2) }));
    expect(useTypingStore.getState().customerTyping.cv1).toBeUndefined();
  });

  it('offers come and go; a closed conversation leaves the tabs for the history', () => {
    const offer = { offerId: 'o1', conversationId: 'cv2' } as ConversationOffer;
    queryClient.setQueryData(conversationKeys.offers(), []);
    queryClient.setQueryData(conversationKeys.open(), [conversation()]);
    queryClient.setQueryData(conversationKeys.history(), []);
    client.emit(event({ type: 'conversation.offered', offer }));
    expect(queryClient.getQueryData(conversationKeys.offers())).toEqual([offer]);
    client.emit(event({ type: 'conversation.offer_withdrawn', offerId: 'o1', conversationId: 'cv2', reason: 'timeout' }));
    expect(queryClient.getQueryData(conversationKeys.offers())).toEqual([]);
    // The agent went Not ready: the server takes the offer back, and it leaves the list at once too.
    const another = { offerId: 'o2', conversationId: 'cv3' } as ConversationOffer;
    client.emit(event({ type: 'conversation.offered', offer: another }));
    client.emit(event({ type: 'conversation.offer_withdrawn', offerId: 'o2', conversationId: 'cv3', reason: 'not_ready' }));
    expect(queryClient.getQueryData(conversationKeys.offers())).toEqual([]);
    client.emit(event({ type: 'conversation.updated', conversation: conversation({ status: 'closed', disposition: 'resolved', lastSeq: 4 }) }));
    expect(queryClient.getQueryData(conversationKeys.open())).toEqual([]);
    expect(queryClient.getQueryData<{ conversationId: string }[]>(conversationKeys.history())?.map((c) => c.conversationId)).toEqual(['cv1']);
  });
});
