// @vitest-environment node
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { contractHeaders } from '@/contract/core/headers';
import { getAttachment, listMessages, sendMessage, setTyping } from '@/contract/endpoints/conversations';
import { dropSockets } from '@/contract/endpoints/testing';
import { inboundEmail, inboundSms, startChat, widgetLeave, widgetMessages, widgetSend, widgetTyping, widgetUpload } from '@/contract/endpoints/widget';
import { WIDGET_REALTIME_PATH, type RealtimeEvent } from '@/contract/events';
import { DEV_INBOUND_TOKEN } from '@mocks/seed/conversations';
import { call } from '@/testing/contract-suite/call';
import type { ContractClient, ContractTarget } from '@/testing/contract-suite/contract-target';
import { openTestSocket, type TestSocket } from '@/testing/contract-suite/test-socket';
import type { RunningBff } from '../server/start-bff';
import { acceptNext, readySeat } from './support/conversation-helpers';
import { useFreshBff } from './support/use-fresh-bff';
import { waitFor } from './support/wait';

// The customer's side on the BFF: the web chat widget (its token, its socket resuming by seq) and inbound
// SMS and email with the inbound token.
let bff: RunningBff;
let target: ContractTarget;
useFreshBff((running) => ({ bff, target } = running));

/** The widget as a client: no session, its chat token on every request. */
function widgetClient(token: string | null): ContractClient {
  const anonymous = target.anonymous();
  return {
    user: null,
    request: (method, path, init = {}) => anonymous.request(method, path, { ...init, headers: { ...init.headers, ...(token ? { [contractHeaders.widgetToken]: token } : {}) } }),
    openSocket: (lastSeq = null) =>
      openTestSocket(() => new WebSocket(bff.url.replace(/^http/, 'ws') + WIDGET_REALTIME_PATH, { headers: { Origin: 'https://shop.example' } }) as never, { op: 'hello', csrf: token ?? '', lastSeq }),
  };
}

const inbound = (token: string | null = DEV_INBOUND_TOKEN): ContractClient => widgetClientWith({ [contractHeaders.inboundToken]: token ?? '' });
function widgetClientWith(headers: Record<string, string>): ContractClient {
  const anonymous = target.anonymous();
  return { user: null, request: (method, path, init = {}) => anonymous.request(method, path, { ...init, headers: { ...init.headers, ...headers } }), openSocket: anonymous.openSocket };
}

const messagesOf = (socket: TestSocket) => socket.events.filter((e): e is Extract<RealtimeEvent, { type: 'message.created' }> => e.type === 'message.created').map((e) => e.message);

describe('the web chat widget', () => {
  it('starts a chat by a known customer’s number, talks both ways, sees the agent typing, and leaves', async () => {
    const started = await call(target.anonymous(), startChat, { body: { tenant: 'cn', number: '14799603397', text: '你好，我的流量用完了' } });
    expect(started.status).toBe(200);
    expect(started.data.customerName).toBe('王建国');
    const customer = widgetClient(started.data.chatToken);
    const conversationId = started.data.conversationId;
    const customerSocket = await customer.openSocket(null);

    const seat = await readySeat(target, 'zhang.wei');
    const summary = await acceptNext(seat, conversationId);
    expect(summary).toMatchObject({ title: '王建国', customerId: 'c-cn-0001' });
    await call(seat.client, setTyping, { params: { conversationId }, body: { typing: true } });
    await customerSocket.next('typing', (e) => e.who === 'agent' && e.typing, 10_000);
    await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-w-1', content: { kind: 'text', text: '马上为您查询' }, internal: false } });
    await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-w-note', content: { kind: 'text', text: '内部备注' }, internal: true } });
    await customerSocket.next('message.created', (e) => e.message.clientId === 'agent-w-1', 10_000);

    const sent = await call(customer, widgetSend, { params: { conversationId }, body: { clientId: 'cust-w-1', content: { kind: 'text', text: '谢谢' } } });
    expect(sent.data).toMatchObject({ author: 'customer', agentId: null });
    await seat.socket.next('message.created', (e) => e.message.clientId === 'cust-w-1', 10_000);
    // The customer answering means they read what the agent wrote.
    await seat.socket.next('message.updated', (e) => e.status === 'read', 10_000);
    await call(customer, widgetTyping, { params: { conversationId }, body: { typing: true } });
    await seat.socket.next('typing', (e) => e.who === 'customer' && e.typing, 10_000);

    const thread = await call(customer, widgetMessages, { params: { conversationId } });
    expect(thread.data.items.some((m) => m.internal)).toBe(false);
    expect(thread.data.items.every((m) => m.agentId === null)).toBe(true);
    expect(messagesOf(customerSocket).some((m) => m.internal)).toBe(false);

    expect((await call(customer, widgetLeave, { params: { conversationId } })).status).toBe(200);
    const left = await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === conversationId && !e.conversation.customerPresent, 10_000);
    expect(left.conversation.status).toBe('active');
    customerSocket.close();
    seat.socket.close();
  }, 60_000);

  it('answers 404 to a wrong or missing token, and refuses a socket hello without the chat’s token', async () => {
    const started = await call(target.anonymous(), startChat, { body: { tenant: 'intl', name: 'Ann', text: 'hello' } });
    expect(started.data.customerName).toBe('Ann');
    const { conversationId } = started.data;
    expect((await call(widgetClient(null), widgetMessages, { params: { conversationId } })).status).toBe(404);
    expect((await call(widgetClient('not-the-token'), widgetSend, { params: { conversationId }, body: { clientId: 'cust-x-1', content: { kind: 'text', text: 'x' } } })).status).toBe(404);
    const other = await call(target.anonymous(), startChat, { body: { tenant: 'intl', name: 'Bob', text: 'hi' } });
    expect((await call(widgetClient(other.data.chatToken), widgetMessages, { params: { conversationId } })).status).toBe(404);
    const refused = await widgetClient('wrong').openSocket(null);
    expect(refused.frames.some((f) => f.op === 'error')).toBe(true);
    expect(await refused.closed).toBe(4401);
  }, 30_000);

  it('limits a chat’s writes per token, answering 429 with Retry-After', async () => {
    const started = await call(target.anonymous(), startChat, { body: { tenant: 'cn', name: '快手', text: 'hi' } });
    const customer = widgetClient(started.data.chatToken);
    const answers = await Promise.all(Array.from({ length: 60 }, (_v, i) => call(customer, widgetTyping, { params: { conversationId: started.data.conversationId }, body: { typing: i % 2 === 0 } })));
    const limited = answers.find((a) => a.status === 429);
    expect(limited?.error.code).toBe('rate_limited');
    expect(Number(limited?.headers.get('Retry-After'))).toBeGreaterThan(0);
  }, 30_000);

  it('uploads a picture and sends it; refuses a non-image; the agent fetches it, the customer’s token cannot', async () => {
    const started = await call(target.anonymous(), startChat, { body: { tenant: 'cn', name: '小李', text: '看图' } });
    const customer = widgetClient(started.data.chatToken);
    const { conversationId } = started.data;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
    const pdf = Buffer.from('%PDF-1.4 test').toString('base64');
    expect((await call(customer, widgetUpload, { params: { conversationId }, body: { name: 'a.pdf', mime: 'application/pdf', dataBase64: pdf } })).error).toMatchObject({ code: 'attachment_rejected', details: { reason: 'type' } });
    const uploaded = await call(customer, widgetUpload, { params: { conversationId }, body: { name: 'shot.png', mime: 'image/png', dataBase64: png } });
    expect(uploaded.status).toBe(200);
    const sent = await call(customer, widgetSend, { params: { conversationId }, body: { clientId: 'cust-img-1', content: { kind: 'image', attachmentId: uploaded.data.attachmentId, caption: '截图' } } });
    expect(sent.data.content).toMatchObject({ kind: 'image', caption: '截图' });
    const seat = await readySeat(target, 'zhang.wei');
    await acceptNext(seat, conversationId);
    expect((await call(seat.client, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).data.dataBase64).toBe(png);
    expect((await call(customer, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(401);
    seat.socket.close();
  }, 30_000);

  it('resumes the customer’s socket after a drop from its last seq: every message once, in order', async () => {
    const started = await call(target.anonymous(), startChat, { body: { tenant: 'cn', name: '断线客户', text: '开始' } });
    const customer = widgetClient(started.data.chatToken);
    const { conversationId } = started.data;
    const seat = await readySeat(target, 'zhang.wei');
    await acceptNext(seat, conversationId);
    const first = await customer.openSocket(null);
    await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-r-1', content: { kind: 'text', text: 'one' }, internal: false } });
    await first.next('message.created', (e) => e.message.clientId === 'agent-r-1', 10_000);
    const lastSeq = first.events[first.events.length - 1]!.seq;
    await call(target.anonymous(), dropSockets, { body: {} });
    await first.closed;
    // While the customer is away, the agent writes twice and the customer's own retry lands once.
    await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-r-2', content: { kind: 'text', text: 'two' }, internal: false } });
    await call(customer, widgetSend, { params: { conversationId }, body: { clientId: 'cust-r-1', content: { kind: 'text', text: 'mine' } } });
    await call(customer, widgetSend, { params: { conversationId }, body: { clientId: 'cust-r-1', content: { kind: 'text', text: 'mine' } } });
    await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'agent-r-3', content: { kind: 'text', text: 'three' }, internal: false } });
    const second = await customer.openSocket(lastSeq);
    await second.next('message.created', (e) => e.message.clientId === 'agent-r-3', 10_000);
    const all = [...first.events, ...second.events];
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: all.length }, (_v, i) => all[0]!.seq + i));
    const texts = messagesOf(first).concat(messagesOf(second)).flatMap((m) => (m.content.kind === 'text' ? [m.content.text] : []));
    expect(texts.filter((t) => ['one', 'two', 'mine', 'three'].includes(t))).toEqual(['one', 'two', 'mine', 'three']);
    second.close();
    seat.socket.close();
  }, 60_000);
});

describe('inbound SMS and email', () => {
  it('opens an SMS conversation and joins the next SMS of the same number to it, however written', async () => {
    const first = await call(inbound(), inboundSms, { body: { from: '13966121118', text: '查询话费' } });
    expect(first.status).toBe(200);
    const second = await call(inbound(), inboundSms, { body: { from: '+86 139-6612-1118', text: '还有流量' } });
    expect(second.data.conversationId).toBe(first.data.conversationId);
    const seat = await readySeat(target, 'zhang.wei');
    const summary = await acceptNext(seat, first.data.conversationId);
    expect(summary).toMatchObject({ channel: 'sms', title: '刘丽', unread: 2 });
    const thread = await call(seat.client, listMessages, { params: { conversationId: first.data.conversationId } });
    expect(thread.data.items[0]!.content).toEqual({ kind: 'sms', text: '查询话费', segments: 1 });
    seat.socket.close();
  }, 30_000);

  it('refuses a wrong or missing inbound token, and a sender that is no number', async () => {
    expect((await call(inbound(null), inboundSms, { body: { from: '13800000000', text: 'x' } })).status).toBe(403);
    expect((await call(inbound('guess'), inboundEmail, { body: { from: 'a@b.example', to: ['kefu@cn.zuoxi.example'], subject: 's', text: 't' } })).status).toBe(403);
    expect((await call(inbound(), inboundSms, { body: { from: 'someone@example.org', text: 'x' } })).error.code).toBe('invalid_number');
  }, 30_000);

  it('threads an email reply (In-Reply-To) into its conversation and keeps the HTML as received', async () => {
    const html = '<p>Hello <b>team</b></p><script>alert(1)</script>';
    const first = await call(inbound(), inboundEmail, { body: { from: 'Writer@Example.org', to: ['support@intl.zuoxi.example'], subject: 'Roaming', html } });
    expect(first.status).toBe(200);
    const seat = await readySeat(target, 'emma.clark');
    await acceptNext(seat, first.data.conversationId);
    const thread = await call(seat.client, listMessages, { params: { conversationId: first.data.conversationId } });
    expect(thread.data.items[0]!.content).toMatchObject({ kind: 'email', html, subject: 'Roaming', from: 'writer@example.org' });
    const reply = await call(seat.client, sendMessage, { params: { conversationId: first.data.conversationId }, body: { clientId: 'mail-reply-1', content: { kind: 'text', text: 'It is on.' }, internal: false } });
    const answer = await call(inbound(), inboundEmail, { body: { from: 'writer@example.org', to: ['support@intl.zuoxi.example'], subject: 'Re: Roaming', text: 'Thanks', inReplyTo: `<${reply.data.messageId}@intl.zuoxi.example>` } });
    expect(answer.data.conversationId).toBe(first.data.conversationId);
    await waitFor('the reply in the thread', async () => (await call(seat.client, listMessages, { params: { conversationId: first.data.conversationId } })).data.total === 4);
    seat.socket.close();
  }, 30_000);
});

it('lets scripts/inbound.mjs write in on every channel by hand', async () => {
  const run = (...args: string[]) => promisify(execFile)(process.execPath, ['scripts/inbound.mjs', ...args], { env: { ...process.env, ZUOXI_URL: bff.url } });
  for (const args of [['sms', '13800000000', '流量包'], ['email', 'someone@example.org', 'Bill', 'My bill'], ['social', 'wechat:o6_script', '在吗'], ['chat', 'web:script', '你好']]) {
    const { stdout } = await run(...args);
    expect(stdout).toMatch(new RegExp(`^\\[inbound\\] ${args[0]} from .* → conversation cv-\\d+`));
  }
  await expect(run('sms', 'not-a-number', 'x')).rejects.toThrow(/422 invalid_number/);
}, 30_000);
