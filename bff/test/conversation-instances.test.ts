// @vitest-environment node
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractHeaders } from '@/contract/core/headers';
import { acceptOffer, sendMessage } from '@/contract/endpoints/conversations';
import { setAgentState } from '@/contract/endpoints/session';
import { startChat, widgetSend } from '@/contract/endpoints/widget';
import { WIDGET_REALTIME_PATH } from '@/contract/events';
import { call } from '@/testing/contract-suite/call';
import { openTestSocket } from '@/testing/contract-suite/test-socket';
import type { RunningBff } from '../server/start-bff';
import { openStore, type Store } from '../store/open-store';
import { natsServerOrSkip, startNatsServer, type NatsServer } from './support/nats-server';
import { bffTarget, freshTestDatabaseUrl, startTestBff } from './start-test-bff';

// A chat across two instances behind a load balancer: the customer's widget talks to A, the agent's
// desktop to B; routing, the thread and both sockets meet through the shared store and NATS.
const natsBinary = natsServerOrSkip();

describe.skipIf(!natsBinary)('a conversation across two BFF instances over NATS', () => {
  let nats: NatsServer;
  let store: Store | undefined;
  let a: RunningBff;
  let b: RunningBff;

  beforeAll(async () => {
    nats = await startNatsServer(natsBinary!);
    const databaseUrl = await freshTestDatabaseUrl();
    if (!databaseUrl) store = await openStore({ dataDir: 'memory://' });
    a = await startTestBff({ natsUrl: nats.url, instance: 'bff-conv-a', databaseUrl }, { store });
    b = await startTestBff({ natsUrl: nats.url, instance: 'bff-conv-b', databaseUrl }, { store });
  }, 120_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    await nats?.stop();
  }, 60_000);

  it('offers the widget’s chat from A to the agent on B, and each side sees the other’s messages once, in order', async () => {
    const agent = await bffTarget(b).signIn('zhang.wei');
    const agentSocket = await agent.openSocket(null);
    expect((await call(agent, setAgentState, { body: { status: 'ready' } })).status).toBe(200);

    const started = await call(bffTarget(a).anonymous(), startChat, { body: { tenant: 'cn', name: '跨实例', text: '你好' } });
    const { conversationId, chatToken } = started.data;
    const headers = { [contractHeaders.widgetToken]: chatToken };
    const customerSocket = await openTestSocket(() => new WebSocket(a.url.replace(/^http/, 'ws') + WIDGET_REALTIME_PATH) as never, { op: 'hello', csrf: chatToken, lastSeq: null });

    const offered = await agentSocket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
    expect((await call(agent, acceptOffer, { params: { offerId: offered.offer.offerId } })).status).toBe(200);
    for (let i = 1; i <= 3; i++) {
      await call(bffTarget(a).anonymous(), widgetSend, { params: { conversationId }, headers, body: { clientId: `across-c-${i}`, content: { kind: 'text', text: `问${i}` } } });
      await agentSocket.next('message.created', (e) => e.message.clientId === `across-c-${i}`, 10_000);
      await call(agent, sendMessage, { params: { conversationId }, body: { clientId: `across-a-${i}`, content: { kind: 'text', text: `答${i}` }, internal: false } });
      await customerSocket.next('message.created', (e) => e.message.clientId === `across-a-${i}`, 10_000);
    }
    await agentSocket.next('message.created', (e) => e.message.clientId === 'across-a-3', 10_000);
    const texts = (events: typeof customerSocket.events) => events.flatMap((e) => (e.type === 'message.created' && e.message.content.kind === 'text' ? [e.message.content.text] : []));
    expect(texts(customerSocket.events)).toEqual(['你好', '问1', '答1', '问2', '答2', '问3', '答3'].slice(texts(customerSocket.events)[0] === '你好' ? 0 : 1));
    expect(texts(agentSocket.events)).toEqual(['问1', '答1', '问2', '答2', '问3', '答3']);
    for (const socket of [customerSocket, agentSocket]) {
      const seqs = socket.events.map((e) => e.seq);
      expect(seqs).toEqual(seqs.map((_s, i) => seqs[0]! + i));
      socket.close();
    }
  }, 60_000);
});
