import { expect, it } from 'vitest';
import { acceptOffer, listOffers, rejectOffer } from '@/contract/endpoints/conversations';
import { listAudit } from '@/contract/endpoints/audit';
import { getAgentState, setAgentState, startContact } from '@/contract/endpoints/session';
import { setConversationPolicy } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, offerOf, readySeat, writeIn, type Seat } from '../conversation-steps';

/**
 * Who is offered a conversation when seats step away or pass on it: an agent going Not ready gives its
 * offers up at once (no pass); a conversation every seat passed on is offered again after a cool-down
 * (the offer timeout), the longest-idle seat first, never straight back to the seat that just declined.
 * An offer that lapses unanswered puts its seat Not ready (`missed_offer`): its agent is probably away.
 */
export function conversationRoutingScenarios(target: () => ContractTarget): void {
  const control = () => target().anonymous();
  const offersOf = async (seat: Seat) => (await call(seat.client, listOffers)).data.items.map((o) => o.conversationId);

  it('withdraws the offers of an agent who goes Not ready, and offers them to the next Ready agent at once', async () => {
    const first = await readySeat(target, 'zhang.wei');
    const second = await readySeat(target, 'xu.na');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(first, conversationId);
      expect((await call(first.client, setAgentState, { body: { status: 'not_ready', reason: 'break' } })).status).toBe(200);
      const withdrawn = await first.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId);
      expect(withdrawn).toMatchObject({ conversationId, reason: 'not_ready' });
      expect(await offersOf(first)).toEqual([]);
      const moved = await offerOf(second, conversationId);
      const taken = await call(first.client, acceptOffer, { params: { offerId: offered.offer.offerId } });
      expect(taken.error.code).toBe('offer_gone');

      // Stepping away is no pass: Ready again, the agent is next once the other declines (no cool-down).
      await call(first.client, setAgentState, { body: { status: 'ready' } });
      await call(second.client, rejectOffer, { params: { offerId: moved.offer.offerId }, body: { reason: 'busy' } });
      await first.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId && e.offer.offerId !== offered.offer.offerId);
    } finally {
      closeAll(first, second);
    }
  });

  it('keeps an offer while its agent is Busy on a call; asking for Not ready after the call withdraws it', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(seat, conversationId);
      const busy = await call(seat.client, startContact, { body: { contactId: 'call-route-1', channel: 'voice', queueId: 'q-cn-general' } });
      expect(busy.data.status).toBe('busy');
      // A conversation is taken beside a call: room on its channel decides, not the call.
      expect(await offersOf(seat)).toEqual([conversationId]);
      const asked = await call(seat.client, setAgentState, { body: { status: 'not_ready', reason: 'meal' } });
      expect(asked.data).toMatchObject({ status: 'busy', pending: { status: 'not_ready' } });
      const withdrawn = await seat.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId);
      expect(withdrawn.reason).toBe('not_ready');
      expect(await offersOf(seat)).toEqual([]);
    } finally {
      closeAll(seat);
    }
  });

  it('offers a conversation its only agent declined to that agent again after the cool-down, not at once', async () => {
    await call(control(), setConversationPolicy, { body: { offerTimeoutSec: 2 } });
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(seat, conversationId);
      const declinedAt = Date.now();
      expect((await call(seat.client, rejectOffer, { params: { offerId: offered.offer.offerId }, body: { reason: 'busy' } })).status).toBe(200);
      await seat.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId);
      // No ping-pong: asking for offers right after declining does not bring it straight back.
      expect(await offersOf(seat)).toEqual([]);
      const again = await seat.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId && e.offer.offerId !== offered.offer.offerId, 10_000);
      // Offered (its expiry less the 2 s to answer) no sooner than the 2 s cool-down after the decline.
      expect(Date.parse(again.offer.expiresAt) - 2000).toBeGreaterThanOrEqual(declinedAt + 2000);
      expect((await call(seat.client, acceptOffer, { params: { offerId: again.offer.offerId } })).data).toMatchObject({ conversationId, status: 'active' });
    } finally {
      closeAll(seat);
    }
  });

  it('starts a new round when every agent passed: after the cool-down, the longest idle is offered it first', async () => {
    await call(control(), setConversationPolicy, { body: { offerTimeoutSec: 2 } });
    const first = await readySeat(target, 'zhang.wei');
    const second = await readySeat(target, 'xu.na');
    try {
      const conversationId = await writeIn(target, {});
      const one = await offerOf(first, conversationId);
      await call(first.client, rejectOffer, { params: { offerId: one.offer.offerId }, body: { reason: 'language' } });
      const two = await offerOf(second, conversationId);
      await call(second.client, rejectOffer, { params: { offerId: two.offer.offerId }, body: { reason: 'busy' } });
      await second.socket.next('conversation.offer_withdrawn', (e) => e.offerId === two.offer.offerId);
      expect(await offersOf(first)).toEqual([]);
      expect(await offersOf(second)).toEqual([]);
      // The first was offered it longer ago, so has been idle longer: the new round starts there.
      await first.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId && e.offer.offerId !== one.offer.offerId, 10_000);
      expect(second.socket.events.filter((e) => e.type === 'conversation.offered' && e.offer.conversationId === conversationId)).toHaveLength(1);
    } finally {
      closeAll(first, second);
    }
  });

  it('moves an offer not answered in time on to the next Ready agent, and puts the agent who let it lapse Not ready (missed offer, audited)', async () => {
    await call(control(), setConversationPolicy, { body: { offerTimeoutSec: 1 } });
    const first = await readySeat(target, 'zhang.wei');
    const second = await readySeat(target, 'xu.na');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(first, conversationId);
      const lapsed = await first.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId, 8000);
      expect(lapsed.reason).toBe('timeout');
      const changed = await first.socket.next('agent.state_changed', (e) => e.state.reason === 'missed_offer', 8000);
      expect(changed.state).toMatchObject({ agentId: 'agt-1001', status: 'not_ready', reason: 'missed_offer' });
      expect((await call(first.client, getAgentState)).data).toMatchObject({ status: 'not_ready', reason: 'missed_offer' });
      const moved = await offerOf(second, conversationId, 8000);
      expect(moved.offer.offerId).not.toBe(offered.offer.offerId);
      const lead = await target().signIn('wang.fang');
      const log = await call(lead, listAudit, { query: { actorId: 'agt-1001', action: 'agent_state_changed' } });
      expect(log.data.items[0]?.details).toMatchObject({ from: { status: 'ready' }, to: { status: 'not_ready', reason: 'missed_offer' }, cause: 'missed_offer' });
      // The agent goes Ready again from it themselves.
      expect((await call(first.client, setAgentState, { body: { status: 'ready' } })).data).toMatchObject({ status: 'ready', reason: null });
    } finally {
      closeAll(first, second);
    }
  });

  it('keeps a lapsed conversation waiting when its only agent missed it; Ready again, it is offered after the cool-down', async () => {
    await call(control(), setConversationPolicy, { body: { offerTimeoutSec: 1 } });
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, {});
      const offered = await offerOf(seat, conversationId);
      await seat.socket.next('agent.state_changed', (e) => e.state.reason === 'missed_offer', 8000);
      expect(await offersOf(seat)).toEqual([]);
      await call(seat.client, setAgentState, { body: { status: 'ready' } });
      const again = await seat.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId && e.offer.offerId !== offered.offer.offerId, 10_000);
      expect((await call(seat.client, acceptOffer, { params: { offerId: again.offer.offerId } })).data).toMatchObject({ conversationId, status: 'active' });
    } finally {
      closeAll(seat);
    }
  });

  it('keeps a missed offer pending while the agent is Busy on a call; a decline changes no state', async () => {
    await call(control(), setConversationPolicy, { body: { offerTimeoutSec: 1 } });
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const declined = await writeIn(target, { from: 'wechat:o6_declined' });
      const one = await offerOf(seat, declined);
      await call(seat.client, rejectOffer, { params: { offerId: one.offer.offerId }, body: { reason: 'busy' } });
      await seat.socket.next('conversation.offer_withdrawn', (e) => e.offerId === one.offer.offerId);
      expect((await call(seat.client, getAgentState)).data).toMatchObject({ status: 'ready', reason: null });

      const conversationId = await writeIn(target, { from: 'wechat:o6_lapsed' });
      const offered = await offerOf(seat, conversationId);
      expect((await call(seat.client, startContact, { body: { contactId: 'call-missed-1', channel: 'voice', queueId: 'q-cn-general' } })).data.status).toBe('busy');
      await seat.socket.next('conversation.offer_withdrawn', (e) => e.offerId === offered.offer.offerId && e.reason === 'timeout', 8000);
      const changed = await seat.socket.next('agent.state_changed', (e) => e.state.pending?.reason === 'missed_offer', 8000);
      expect(changed.state).toMatchObject({ status: 'busy', contacts: ['call-missed-1'], pending: { status: 'not_ready', reason: 'missed_offer' } });
    } finally {
      closeAll(seat);
    }
  });
}
