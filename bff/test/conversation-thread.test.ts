// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  closeConversation,
  getAttachment,
  getAttachmentPolicy,
  getConversation,
  listConversations,
  listDispositions,
  listMessages,
  markRead,
  searchCannedResponses,
  sendMessage,
  uploadAttachment,
} from '@/contract/endpoints/conversations';
import { clearFaults, customerWrites, failEndpoint, setLatency } from '@/contract/endpoints/testing';
import { call } from '@/testing/contract-suite/call';
import type { ContractClient, ContractTarget } from '@/testing/contract-suite/contract-target';
import { acceptNext, readySeat, writeIn } from './support/conversation-helpers';
import { useFreshBff } from './support/use-fresh-bff';
import { waitFor } from './support/wait';

// The thread on the BFF: sending per channel, a retry never makes a second message, limits said clearly,
// attachments checked and served only to who may see them, closing into history.
let target: ContractTarget;
useFreshBff((running) => ({ target } = running));

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);

async function heldBy(username: string, channel: 'chat' | 'sms' | 'email' | 'social', from: string, extra: { subject?: string } = {}): Promise<{ agent: ContractClient; conversationId: string }> {
  const seat = await readySeat(target, username);
  const conversationId = await writeIn(target, { channel, from, text: 'hello there', queueId: username === 'emma.clark' ? 'q-intl-general' : 'q-cn-general', ...extra });
  await acceptNext(seat, conversationId);
  seat.socket.close();
  return { agent: seat.client, conversationId };
}

describe('sending per channel', () => {
  it('sends a chat, an SMS counted in parts, and an email reply; an internal note stays a note', async () => {
    const chat = await heldBy('zhang.wei', 'chat', 'web:s1');
    const text = await call(chat.agent, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: 'client-chat-1', content: { kind: 'text', text: '您好' }, internal: false } });
    expect(text.data).toMatchObject({ author: 'agent', agentId: 'agt-1001', content: { kind: 'text', text: '您好' }, clientId: 'client-chat-1', status: 'delivered', seq: 3 });
    const note = await call(chat.agent, sendMessage, { params: { conversationId: chat.conversationId }, body: { clientId: 'client-note-1', content: { kind: 'text', text: '客户情绪激动' }, internal: true } });
    expect(note.data).toMatchObject({ internal: true, seq: 4 });

    const sms = await heldBy('xu.na', 'sms', '13800000011');
    const long = '您好'.repeat(40); // 80 UCS-2 units: two parts
    const sent = await call(sms.agent, sendMessage, { params: { conversationId: sms.conversationId }, body: { clientId: 'client-sms-1', content: { kind: 'sms', text: long }, internal: false } });
    expect(sent.data.content).toEqual({ kind: 'sms', text: long, segments: 2 });
    expect(sent.data.status).toBe('sent');
    // A demo server stands in for the carrier: the receipt comes a moment later.
    await waitFor('the SMS delivered', async () => (await call(sms.agent, listMessages, { params: { conversationId: sms.conversationId } })).data.items.find((m) => m.clientId === 'client-sms-1')?.status === 'delivered');

    const email = await heldBy('liu.yan', 'email', 'writer@example.org', { subject: 'Roaming' });
    const reply = await call(email.agent, sendMessage, { params: { conversationId: email.conversationId }, body: { clientId: 'client-mail-1', content: { kind: 'text', text: 'Roaming is on.' }, internal: false } });
    expect(reply.data.content).toMatchObject({ kind: 'email', subject: 'Re: Roaming', to: ['writer@example.org'], text: 'Roaming is on.' });
  }, 60_000);

  it('refuses a message longer than the channel allows, saying how long and how much', async () => {
    const sms = await heldBy('zhang.wei', 'sms', '13800000012');
    const tooLong = await call(sms.agent, sendMessage, { params: { conversationId: sms.conversationId }, body: { clientId: 'client-sms-long', content: { kind: 'sms', text: '长'.repeat(700) }, internal: false } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.error).toMatchObject({ code: 'message_too_long', details: { max: 670, length: 700 } });
    const chat = await heldBy('xu.na', 'chat', 'web:s2');
    const social = await heldBy('liu.yan', 'social', 'wechat:o6_long');
    const overSocial = await call(social.agent, sendMessage, { params: { conversationId: social.conversationId }, body: { clientId: 'client-social-long', content: { kind: 'text', text: 'x'.repeat(2001) }, internal: false } });
    expect(overSocial.error).toMatchObject({ code: 'message_too_long', details: { max: 2000, length: 2001 } });
    // Nothing was stored for the refused sends.
    expect((await call(sms.agent, listMessages, { params: { conversationId: sms.conversationId } })).data.total).toBe(2);
    expect((await call(chat.agent, listMessages, { params: { conversationId: chat.conversationId } })).data.total).toBe(2);
  }, 60_000);
});

describe('a retry never makes a second message', () => {
  it('after a 500: the retry with the same client id is the one message', async () => {
    const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:r1');
    await call(target.anonymous(), failEndpoint, { body: { endpointId: 'conversations.send', status: 500, times: 1 } });
    const body = { clientId: 'client-retry-500', content: { kind: 'text' as const, text: '第一次' }, internal: false };
    expect((await call(agent, sendMessage, { params: { conversationId }, body })).status).toBe(500);
    const retried = await call(agent, sendMessage, { params: { conversationId }, body });
    expect(retried.status).toBe(200);
    const again = await call(agent, sendMessage, { params: { conversationId }, body });
    expect(again.data.messageId).toBe(retried.data.messageId);
    const thread = await call(agent, listMessages, { params: { conversationId } });
    expect(thread.data.items.filter((m) => m.clientId === 'client-retry-500')).toHaveLength(1);
  }, 30_000);

  it('after a timeout: the first attempt lands late, the retries find it, one message in all', async () => {
    const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:r2');
    await call(target.anonymous(), setLatency, { body: { ms: 400 } });
    const body = { clientId: 'client-retry-timeout', content: { kind: 'text' as const, text: '超时重发' }, internal: false };
    // The desktop gives up on the first attempt (it is still being served) and retries at once, twice.
    const abandoned = agent.request('POST', `/api/conversations/${conversationId}/messages`, { body }).catch(() => null);
    const retries = await Promise.all([call(agent, sendMessage, { params: { conversationId }, body }), call(agent, sendMessage, { params: { conversationId }, body })]);
    await abandoned;
    await call(target.anonymous(), setLatency, { body: { ms: 0 } });
    expect(new Set(retries.map((r) => r.data.messageId)).size).toBe(1);
    const thread = await call(agent, listMessages, { params: { conversationId } });
    expect(thread.data.items.filter((m) => m.clientId === 'client-retry-timeout')).toHaveLength(1);
    expect(thread.data.items.map((m) => m.seq)).toEqual([1, 2, 3]);
  }, 30_000);
});

describe('attachments', () => {
  it('takes a picture whose bytes are a picture, and serves it to its agent only', async () => {
    const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:a1');
    const policy = await call(agent, getAttachmentPolicy);
    expect(policy.data.chat.allowedMime).toContain('image/png');
    expect(policy.data.sms.allowedMime).toEqual([]);
    const uploaded = await call(agent, uploadAttachment, { params: { conversationId }, body: { name: '../../etc/photo.png', mime: 'image/png', dataBase64: PNG.toString('base64') } });
    expect(uploaded.data).toMatchObject({ name: 'photo.png', mime: 'image/png', size: PNG.length });
    const sent = await call(agent, sendMessage, { params: { conversationId }, body: { clientId: 'client-image-1', content: { kind: 'image', attachmentId: uploaded.data.attachmentId }, internal: false } });
    expect(sent.data.content).toMatchObject({ kind: 'image', attachment: { attachmentId: uploaded.data.attachmentId } });

    const fetched = await call(agent, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } });
    expect(Buffer.from(fetched.data.dataBase64, 'base64')).toEqual(PNG);
    // Another agent, another centre's lead, no session: as if it did not exist.
    const other = await target.signIn('xu.na');
    expect((await call(other, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(404);
    const intlLead = await target.signIn('james.lee');
    expect((await call(intlLead, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(404);
    expect((await call(target.anonymous(), getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(401);
    // The centre's team lead reviews conversations.
    const lead = await target.signIn('wang.fang');
    expect((await call(lead, getAttachment, { params: { attachmentId: uploaded.data.attachmentId } })).status).toBe(200);
    // Nor may another agent upload into it.
    expect((await call(other, uploadAttachment, { params: { conversationId }, body: { name: 'x.png', mime: 'image/png', dataBase64: PNG.toString('base64') } })).status).toBe(404);
  }, 30_000);

  it('refuses a forbidden type, bytes that lie about their type, an oversized file, and anything on SMS', async () => {
    const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:a2');
    const upload = (name: string, mime: string, data: Buffer) => call(agent, uploadAttachment, { params: { conversationId }, body: { name, mime, dataBase64: data.toString('base64') } });
    expect((await upload('run.exe', 'application/x-msdownload', Buffer.from('MZ\x90\x00'))).error).toMatchObject({ code: 'attachment_rejected', details: { reason: 'type' } });
    expect((await upload('fake.png', 'image/png', Buffer.from('<script>alert(1)</script>'))).error).toMatchObject({ code: 'attachment_rejected', details: { reason: 'type' } });
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    expect((await upload('big.png', 'image/png', big)).error).toMatchObject({ code: 'attachment_rejected', details: { reason: 'size' } });
    const huge = Buffer.alloc(3 * 1024 * 1024);
    expect((await upload('huge.png', 'image/png', huge)).status).toBe(413);
    const sms = await heldBy('xu.na', 'sms', '13800000013');
    const onSms = await call(sms.agent, uploadAttachment, { params: { conversationId: sms.conversationId }, body: { name: 'p.png', mime: 'image/png', dataBase64: PNG.toString('base64') } });
    expect(onSms.error).toMatchObject({ code: 'attachment_rejected', details: { reason: 'type' } });
    // An attachment id of another conversation cannot be sent here.
    const elsewhere = await upload('ok.png', 'image/png', PNG);
    const misuse = await call(sms.agent, sendMessage, { params: { conversationId: sms.conversationId }, body: { clientId: 'client-misuse-1', content: { kind: 'image', attachmentId: elsewhere.data.attachmentId }, internal: false } });
    expect(misuse.error.code).toBe('attachment_rejected');
  }, 60_000);
});

it('counts unread until read, closes with one of the server’s dispositions into history', async () => {
  const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:c1');
  await call(target.anonymous(), customerWrites, { params: { conversationId }, body: { text: '还在吗' } });
  expect((await call(agent, getConversation, { params: { conversationId } })).data.unread).toBe(2);
  const read = await call(agent, markRead, { params: { conversationId }, body: { upToSeq: 99 } });
  expect(read.data.unread).toBe(0);

  const dispositions = await call(agent, listDispositions);
  expect(dispositions.data.items.map((d) => d.code)).toContain('resolved');
  const unknown = await call(agent, closeConversation, { params: { conversationId }, body: { disposition: 'nonsense' } });
  expect(unknown.error.code).toBe('unknown_disposition');
  const closed = await call(agent, closeConversation, { params: { conversationId }, body: { disposition: 'resolved', note: 'ok' } });
  expect(closed.data).toMatchObject({ status: 'closed', disposition: 'resolved', waitingSince: null });
  expect((await call(agent, listConversations)).data.items).toEqual([]);
  expect((await call(agent, listConversations, { query: { status: 'closed' } })).data.items.map((c) => c.conversationId)).toContain(conversationId);
  const late = await call(agent, sendMessage, { params: { conversationId }, body: { clientId: 'client-late-1', content: { kind: 'text', text: 'late' }, internal: false } });
  expect(late.error.code).toBe('conversation_closed');
  await waitFor('the closed conversation to leave the seat’s load', async () => (await call(agent, listConversations)).data.items.length === 0);
}, 30_000);

it('pages a long thread from the newest back, without gaps or repeats', async () => {
  const { agent, conversationId } = await heldBy('zhang.wei', 'chat', 'web:p1');
  for (let i = 0; i < 12; i++) await call(agent, sendMessage, { params: { conversationId }, body: { clientId: `client-page-${i}`, content: { kind: 'text', text: `m${i}` }, internal: false } });
  const seqs: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(agent, listMessages, { params: { conversationId }, query: { limit: 5, ...(cursor ? { cursor } : {}) } });
    seqs.unshift(...page.data.items.map((m) => m.seq));
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);
  expect(seqs).toEqual(Array.from({ length: 14 }, (_v, i) => i + 1));
}, 30_000);

it('finds canned responses by keyword for a channel, the agent’s language first', async () => {
  const agent = await target.signIn('zhang.wei');
  const found = await call(agent, searchCannedResponses, { query: { q: '套餐', channel: 'sms' } });
  expect(found.data.items.map((c) => c.id)).toEqual(['cr-cn-02']);
  expect(found.data.items[0]!.body).toContain('{plan}');
  const intl = await target.signIn('emma.clark');
  const greeting = await call(intl, searchCannedResponses, { query: { q: 'greeting' } });
  expect(greeting.data.items.every((c) => c.id.startsWith('cr-intl'))).toBe(true);
  await call(target.anonymous(), clearFaults);
}, 30_000);
