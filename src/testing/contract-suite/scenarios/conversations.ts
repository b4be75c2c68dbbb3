import { expect, it } from 'vitest';
import {
  closeConversation,
  getConversation,
  getConversationSettings,
  listConversations,
  listDispositions,
  listMessages,
  listOffers,
  markRead,
  rejectOffer,
  searchCannedResponses,
  sendMessage,
  setTyping,
} from '@/contract/endpoints/conversations';
import { logout } from '@/contract/endpoints/session';
import { customerTypes, customerWrites } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { busySeat, closeAll, offerOf, readySeat, take, writeIn } from '../conversation-steps';

/** The agent's side of a conversation: offer, accept, the thread, sending once, reading, closing. */
export function conversationScenarios(target: () => ContractTarget): void {
  const control = () => target().anonymous();

  it('offers, accepts, sends once per client id, reads, closes with a disposition and keeps it in history', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, { text: '你好，我想查话费' });
      const offered = await offerOf(seat, conversationId);
      expect(offered.offer).toMatchObject({ channel: 'chat', queueId: 'q-cn-general', preview: '你好，我想查话费' });
      expect((await call(seat.client, listOffers)).data.items.map((o) => o.offerId)).toEqual([offered.offer.offerId]);
      const summary = await take(seat, conversationId);
      expect(summary).toMatchObject({ conversationId, status: 'active', agentId: 'agt-1001', unread: 1 });

      const body = { clientId: 'client-0000-0001', content: { kind: 'text' as const, text: '您好，请稍等' }, internal: false };
      const sent = await call(seat.client, sendMessage, { params: { conversationId }, body });
      expect(sent.status).toBe(200);
      expect(sent.data).toMatchObject({ author: 'agent', agentId: 'agt-1001', clientId: 'client-0000-0001', content: { kind: 'text', text: '您好，请稍等' } });
      const retried = await call(seat.client, sendMessage, { params: { conversationId }, body });
      expect(retried.data).toEqual(sent.data);

      const thread = (await call(seat.client, listMessages, { params: { conversationId } })).data.items;
      expect(thread.map((m) => m.seq)).toEqual(thread.map((_m, i) => i + 1));
      expect(thread.filter((m) => m.clientId === 'client-0000-0001')).toHaveLength(1);

      await call(control(), customerTypes, { params: { conversationId }, body: { typing: true } });
      await seat.socket.next('typing', (e) => e.conversationId === conversationId && e.who === 'customer' && e.typing);
      expect((await call(seat.client, setTyping, { params: { conversationId }, body: { typing: true } })).status).toBe(200);

      const reply = await call(control(), customerWrites, { params: { conversationId }, body: { text: '好的' } });
      await seat.socket.next('message.created', (e) => e.message.messageId === reply.data.messageId);
      const read = await call(seat.client, markRead, { params: { conversationId }, body: { upToSeq: reply.data.seq } });
      expect(read.data.unread).toBe(0);

      const dispositions = (await call(seat.client, listDispositions)).data.items;
      expect(dispositions.length).toBeGreaterThan(0);
      expect((await call(seat.client, closeConversation, { params: { conversationId }, body: { disposition: 'no-such-code' } })).status).toBe(422);
      const closed = await call(seat.client, closeConversation, { params: { conversationId }, body: { disposition: dispositions[0]!.code, note: '已解决' } });
      expect(closed.data).toMatchObject({ status: 'closed', disposition: dispositions[0]!.code, waitingSince: null });
      const late = await call(seat.client, sendMessage, { params: { conversationId }, body: { ...body, clientId: 'client-0000-0002' } });
      expect(late.status).toBe(409);
      expect(late.error.code).toBe('conversation_closed');

      const open = (await call(seat.client, listConversations, { query: { status: 'open' } })).data.items;
      expect(open.map((c) => c.conversationId)).not.toContain(conversationId);
      const history = (await call(seat.client, listConversations, { query: { status: 'closed' } })).data.items;
      expect(history.map((c) => c.conversationId)).toContain(conversationId);
    } finally {
      closeAll(seat);
    }
  });

  it('keeps a conversation its own agent’s: another agent is answered 404', async () => {
    const other = await busySeat(target, 'xu.na');
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      await take(seat, conversationId);
      expect((await call(other, getConversation, { params: { conversationId } })).status).toBe(404);
      expect((await call(other, listMessages, { params: { conversationId } })).status).toBe(404);
      const send = await call(other, sendMessage, { params: { conversationId }, body: { clientId: 'client-intruder', content: { kind: 'text', text: 'x' }, internal: false } });
      expect(send.status).toBe(404);
    } finally {
      closeAll(seat);
    }
  });

  it('moves a declined offer on to the next Ready agent; the declined offer is gone', async () => {
    const first = await readySeat(target, 'zhang.wei');
    const second = await readySeat(target, 'xu.na');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(first, conversationId);
      const rejected = await call(first.client, rejectOffer, { params: { offerId: offered.offer.offerId }, body: { reason: 'busy', note: '正在处理投诉' } });
      expect(rejected.data).toEqual({ ok: true });
      const withdrawn = await first.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId);
      expect(withdrawn.reason).toBe('rejected');
      await offerOf(second, conversationId);
      const again = await call(first.client, rejectOffer, { params: { offerId: offered.offer.offerId }, body: { reason: 'other' } });
      expect(again.status).toBe(409);
      expect(again.error.code).toBe('offer_gone');
    } finally {
      closeAll(first, second);
    }
  });

  it('offers no more chats to an agent at capacity; closing one makes room for the next', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const settings = (await call(seat.client, getConversationSettings)).data;
      const room = settings.capacity.chat;
      expect(room).toBeGreaterThan(0);
      const held: string[] = [];
      for (let i = 0; i < room; i++) {
        const conversationId = await writeIn(target, { from: `wechat:o6_cap${i}` });
        await take(seat, conversationId);
        held.push(conversationId);
      }
      expect((await call(seat.client, getConversationSettings)).data.used.chat).toBe(room);
      const waiting = await writeIn(target, { from: 'wechat:o6_capmore' });
      const closed = await call(seat.client, closeConversation, { params: { conversationId: held[0]! }, body: { disposition: 'resolved' } });
      const closedEvent = await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === held[0] && e.conversation.status === 'closed');
      expect(closed.status).toBe(200);
      // Offered only once there was room: after the close, never before it.
      const offered = await offerOf(seat, waiting);
      expect(offered.seq).toBeGreaterThan(closedEvent.seq);
      // An email is another channel: the full chat capacity does not hold it back.
      expect(settings.capacity.email).toBeGreaterThan(0);
    } finally {
      closeAll(seat);
    }
  });

  it('returns the conversations of an agent who signs out to the queue, with their thread', async () => {
    const first = await readySeat(target, 'zhang.wei');
    const conversationId = await writeIn(target, { text: '第一句' });
    await take(first, conversationId);
    await call(first.client, sendMessage, { params: { conversationId }, body: { clientId: 'client-before-out', content: { kind: 'text', text: '我来帮您' }, internal: false } });
    first.socket.close();
    await call(first.client, logout);
    const second = await readySeat(target, 'xu.na');
    try {
      await take(second, conversationId);
      const thread = (await call(second.client, listMessages, { params: { conversationId } })).data.items;
      expect(thread.map((m) => m.seq)).toEqual(thread.map((_m, i) => i + 1));
      expect(thread.some((m) => m.content.kind === 'text' && m.content.text === '我来帮您')).toBe(true);
      expect(thread.some((m) => m.content.kind === 'text' && m.content.text === '第一句')).toBe(true);
    } finally {
      closeAll(second);
    }
  });

  it('finds canned responses by keyword for the channel, in the agent’s language first', async () => {
    const agent = await target().signIn('zhang.wei');
    const found = (await call(agent, searchCannedResponses, { query: { q: '套餐', channel: 'chat' } })).data.items;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.channels.includes('chat'))).toBe(true);
    expect(found[0]!.body).toContain('{plan}');
  });
}
