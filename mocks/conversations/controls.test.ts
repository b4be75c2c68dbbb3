import { afterEach, describe, expect, it } from 'vitest';
import { acceptOffer, listMessages, listOffers, sendMessage } from '@/contract/endpoints/conversations';
import { buildPath, type Endpoint } from '@/contract/core/endpoint';
import { asSession, signIn, useMockServer, type TestSession } from '@/testing/use-mock-server';
import { getMockDb, resetMockDb } from '@mocks/core/mock-db';
import { restoreMockDb, saveMockDb } from '@mocks/core/persist-mock-db';
import { mockControls } from '@mocks/mock-controls';

// What only mock mode has: sends answered late or never, offers lapsing on demand, a reload keeping
// conversations. The rest of conversations is in the contract suite (mocks/contract-suite.test.ts), over HTTP.

async function api(session: TestSession, ep: Endpoint, params: Record<string, string> = {}, body?: unknown, signal?: AbortSignal) {
  const response = await fetch(buildPath(ep.path, params), { method: ep.method, headers: asSession(session, { 'Content-Type': 'application/json' }), body: body === undefined ? undefined : JSON.stringify(body), signal });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { items: Record<string, unknown>[] } };
}

async function agentWithChat() {
  const session = await signIn('zhang.wei');
  await fetch('/api/agent/state', { method: 'PUT', headers: asSession(session, { 'Content-Type': 'application/json' }), body: JSON.stringify({ status: 'ready' }) });
  const { conversationId } = mockControls.injectConversation({ channel: 'chat', from: 'wechat:o6_test', text: '你好' });
  const offers = await api(session, listOffers);
  await api(session, acceptOffer, { offerId: String(offers.body.items[0]!.offerId) });
  return { session, conversationId };
}

const send = (clientId: string) => ({ clientId, content: { kind: 'text', text: '您好' }, internal: false });

describe('conversation controls', () => {
  useMockServer();
  afterEach(() => localStorage.clear());

  it('stores a send whose answer never comes; the retry with its client id answers the same message', async () => {
    const { session, conversationId } = await agentWithChat();
    mockControls.timeOutNextSend();
    const timeout = new AbortController();
    const lost = api(session, sendMessage, { conversationId }, send('client-timeout-1'), timeout.signal).catch((e: unknown) => e);
    const stored = () => getMockDb().conversations.threads.get(conversationId)!.filter((m) => m.clientId === 'client-timeout-1');
    await expect.poll(() => stored().length).toBe(1);
    timeout.abort();
    expect(await lost).toBeInstanceOf(Error);
    const retried = await api(session, sendMessage, { conversationId }, send('client-timeout-1'));
    expect(retried.body.messageId).toBe(stored()[0]!.messageId);
    const thread = await api(session, listMessages, { conversationId });
    expect(thread.body.items.filter((m) => m.clientId === 'client-timeout-1')).toHaveLength(1);
  });

  it('fails the next send with a 500 before storing it; the retry stores it once', async () => {
    const { session, conversationId } = await agentWithChat();
    mockControls.failNextSend();
    expect((await api(session, sendMessage, { conversationId }, send('client-fail-1'))).status).toBe(500);
    expect((await api(session, sendMessage, { conversationId }, send('client-fail-1'))).status).toBe(200);
    const thread = await api(session, listMessages, { conversationId });
    expect(thread.body.items.filter((m) => m.clientId === 'client-fail-1')).toHaveLength(1);
  });

  it('lapses open offers on demand: the agent who missed it is Not ready, and with nobody else Ready the conversation waits in the queue', async () => {
    const session = await signIn('zhang.wei');
    await fetch('/api/agent/state', { method: 'PUT', headers: asSession(session, { 'Content-Type': 'application/json' }), body: JSON.stringify({ status: 'ready' }) });
    const { conversationId } = mockControls.injectConversation({ channel: 'sms', from: '13800138000', text: '查余额' });
    expect(mockControls.expireOffers()).toBe(1);
    expect(getMockDb().agentStates.get('agt-1001')).toMatchObject({ status: 'not_ready', reason: 'missed_offer' });
    expect((await api(session, listOffers)).body.items).toEqual([]);
    expect(mockControls.listLiveConversations()).toEqual([expect.objectContaining({ conversationId, status: 'queued', channel: 'sms' })]);
  });

  it('keeps conversations and their threads across a reload of the page', async () => {
    const { conversationId } = await agentWithChat();
    mockControls.customerWrites(conversationId, '还在吗');
    const before = getMockDb();
    saveMockDb(before, localStorage);
    const after = resetMockDb();
    expect(after.conversations.records.has(conversationId)).toBe(false);
    restoreMockDb(after, localStorage);
    expect(after.conversations.records.get(conversationId)).toEqual(before.conversations.records.get(conversationId));
    expect(after.conversations.threads.get(conversationId)).toEqual(before.conversations.threads.get(conversationId));
  });
});
