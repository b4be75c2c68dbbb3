import { expect, it } from 'vitest';
import { acceptOffer, closeConversation, getConversation, getConversationSettings, listConversations, listMessages, listOffers, setAutoAccept } from '@/contract/endpoints/conversations';
import type { RealtimeEvent } from '@/contract/events';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, offerOf, readySeat, writeIn, type Seat } from '../conversation-steps';

/** The conversation a realtime event is about, if any. */
function conversationOf(event: RealtimeEvent): string | null {
  if (event.type === 'conversation.offered') return event.offer.conversationId;
  if (event.type === 'conversation.updated') return event.conversation.conversationId;
  if (event.type === 'message.created') return event.message.conversationId;
  return null;
}

/** The kinds of event the seat heard about one conversation, in order. */
const heardAbout = (seat: Seat, conversationId: string) => seat.socket.events.filter((e) => conversationOf(e) === conversationId).map((e) => e.type);

/**
 * A seat's conversation settings: capacity is the server's, stored per agent (the seed gives liu.yan, in
 * training, one chat at a time where the role's default is three); auto-accept is the agent's.
 */
export function conversationSettingsScenarios(target: () => ContractTarget): void {
  it('gives an agent with auto-accept the conversation at once, with no offer to answer', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const before = (await call(seat.client, getConversationSettings)).data;
      expect(before).toMatchObject({ autoAccept: false, used: { chat: 0, sms: 0, email: 0, social: 0 } });
      const on = await call(seat.client, setAutoAccept, { body: { autoAccept: true } });
      expect(on.data.autoAccept).toBe(true);
      const conversationId = await writeIn(target, { channel: 'social', from: 'weibo:@auto_accept', text: '在线等' });
      const taken = await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === conversationId && e.conversation.status === 'active');
      expect(taken.conversation).toMatchObject({ channel: 'social', agentId: 'agt-1001' });
      expect(seat.socket.events.some((e) => e.type === 'conversation.offered' && e.offer.conversationId === conversationId)).toBe(false);
      expect((await call(seat.client, listOffers)).data.items).toEqual([]);
      expect((await call(seat.client, getConversationSettings)).data.used.social).toBe(1);
    } finally {
      closeAll(seat);
    }
  });

  it('tells an auto-accepting agent what an accepting one hears, less the offer, and keeps the same records', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      // Accepted by hand: offered, then the "assigned" line, then the summary.
      const offeredId = await writeIn(target, { from: 'wechat:o6_by_hand', text: '人工接' });
      const offered = await offerOf(seat, offeredId);
      expect((await call(seat.client, acceptOffer, { params: { offerId: offered.offer.offerId } })).status).toBe(200);
      await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === offeredId && e.conversation.status === 'active');
      expect(heardAbout(seat, offeredId)).toEqual(['conversation.offered', 'message.created', 'conversation.updated']);

      // Auto-accepted: the same, with no offer put to the agent.
      await call(seat.client, setAutoAccept, { body: { autoAccept: true } });
      const autoId = await writeIn(target, { from: 'wechat:o6_auto', text: '自动接' });
      const taken = await seat.socket.next('conversation.updated', (e) => e.conversation.conversationId === autoId && e.conversation.status === 'active');
      expect(heardAbout(seat, autoId)).toEqual(['message.created', 'conversation.updated']);
      const assignedLine = seat.socket.events.find((e) => e.type === 'message.created' && e.message.conversationId === autoId);
      expect(assignedLine).toMatchObject({ message: { author: 'system', content: { kind: 'system', event: 'assigned', detail: { agentId: 'agt-1001' } } } });
      expect(taken.conversation).toMatchObject({ status: 'active', agentId: 'agt-1001', unread: 1 });

      // What the agent reads back is alike for both: held, the thread ends with the assigned line, no offer open.
      expect((await call(seat.client, listOffers)).data.items).toEqual([]);
      const open = (await call(seat.client, listConversations, { query: { status: 'open' } })).data.items.map((c) => c.conversationId);
      expect(open).toEqual(expect.arrayContaining([offeredId, autoId]));
      for (const conversationId of [offeredId, autoId]) {
        expect((await call(seat.client, getConversation, { params: { conversationId } })).data).toMatchObject({ status: 'active', agentId: 'agt-1001', unread: 1 });
        const thread = (await call(seat.client, listMessages, { params: { conversationId } })).data.items;
        expect(thread.map((m) => (m.content.kind === 'system' ? m.content.event : m.author))).toEqual(['customer', 'assigned']);
      }
      expect((await call(seat.client, getConversationSettings)).data.used.chat).toBe(2);
    } finally {
      closeAll(seat);
    }
  });

  it('offers an agent conversations up to the capacity stored for it, not the role default, and no more', async () => {
    const seat = await readySeat(target, 'liu.yan');
    try {
      const settings = (await call(seat.client, getConversationSettings)).data;
      expect(settings.capacity).toEqual({ chat: 1, sms: 2, email: 2, social: 1 });
      const first = await writeIn(target, { from: 'wechat:o6_cap_first', text: '第一位' });
      const second = await writeIn(target, { from: 'wechat:o6_cap_second', text: '第二位' });
      const offered = await offerOf(seat, first);
      // One chat of room: the open offer fills it, so the second waits.
      expect((await call(seat.client, listOffers)).data.items.map((o) => o.conversationId)).toEqual([first]);
      expect((await call(seat.client, acceptOffer, { params: { offerId: offered.offer.offerId } })).status).toBe(200);
      // Held, it still fills it.
      expect((await call(seat.client, listOffers)).data.items).toEqual([]);
      expect(heardAbout(seat, second)).toEqual([]);
      expect((await call(seat.client, getConversationSettings)).data.used.chat).toBe(1);

      // Closed, the room is back: the second is offered.
      expect((await call(seat.client, closeConversation, { params: { conversationId: first }, body: { disposition: 'resolved' } })).status).toBe(200);
      const next = await offerOf(seat, second);
      expect((await call(seat.client, listOffers)).data.items.map((o) => o.offerId)).toEqual([next.offer.offerId]);
    } finally {
      closeAll(seat);
    }
  });
}
