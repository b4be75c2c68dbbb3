import { expect, it } from 'vitest';
import { getConversationSettings, listOffers, setAutoAccept } from '@/contract/endpoints/conversations';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, readySeat, writeIn } from '../conversation-steps';

/** A seat's conversation settings: capacity is the server's, auto-accept the agent's. */
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
}
