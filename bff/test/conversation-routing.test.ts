// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getConversationSettings, listConversations, listMessages, listOffers, rejectOffer, setAutoAccept } from '@/contract/endpoints/conversations';
import { logout, setAgentState } from '@/contract/endpoints/session';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import type { ConversationChannel } from '@/contract/schemas/conversation';
import { call } from '@/testing/contract-suite/call';
import type { ContractTarget } from '@/testing/contract-suite/contract-target';
import { sql } from 'drizzle-orm';
import type { RunningBff } from '../server/start-bff';
import { queryRows } from '../store/query-rows';
import { acceptNext, readySeat, setOfferTimeout, writeIn } from './support/conversation-helpers';
import { useFreshBff } from './support/use-fresh-bff';
import { waitFor } from './support/wait';

// Routing on the BFF: every channel queued and offered to the longest-idle Ready seat with the skill and
// room; offers that lapse or are declined move on (a lapse puts its seat Not ready: missed); a seat that
// signs out gives its conversations back.
let bff: RunningBff;
let target: ContractTarget;
useFreshBff((running) => ({ bff, target } = running));

const firstWords: Record<ConversationChannel, { from: string; text: string; subject?: string }> = {
  chat: { from: 'web:visitor-1', text: '你好，我想查一下话费' },
  sms: { from: '13800000001', text: '流量包怎么退订？' },
  email: { from: 'someone@example.org', text: 'My bill looks wrong', subject: 'Bill question' },
  social: { from: 'wechat:o6_abc', text: '在吗' },
};

describe('each channel', () => {
  for (const channel of ['chat', 'sms', 'email', 'social'] as const) {
    it(`offers a ${channel} to the Ready seat and gives it on accept, thread and all`, async () => {
      const seat = await readySeat(target, 'zhang.wei');
      const conversationId = await writeIn(target, { channel, ...firstWords[channel], queueId: 'q-cn-general' });
      const offered = await seat.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
      expect(offered.offer).toMatchObject({ channel, queueId: 'q-cn-general' });
      expect(offered.offer.preview.length).toBeGreaterThan(0);
      expect((await call(seat.client, listOffers)).data.items.map((o) => o.offerId)).toEqual([offered.offer.offerId]);

      const summary = await acceptNext(seat, conversationId);
      expect(summary).toMatchObject({ conversationId, channel, status: 'active', agentId: 'agt-1001', unread: 1 });
      const thread = await call(seat.client, listMessages, { params: { conversationId } });
      expect(thread.data.items.map((m) => m.author)).toEqual(['customer', 'system']);
      expect(thread.data.items[0]!.content.kind).toBe(channel === 'chat' || channel === 'social' ? 'text' : channel);
      expect((await call(seat.client, listConversations)).data.items.map((c) => c.conversationId)).toEqual([conversationId]);
      seat.socket.close();
    }, 30_000);
  }
});

it('offers the longest-idle Ready seat first, and a declined offer moves on to the next', async () => {
  // xu.na has been Ready since the seed's start; zhang.wei becomes Ready now.
  const xu = await readySeat(target, 'xu.na');
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'chat', from: 'web:v2', text: 'hi', queueId: 'q-cn-general' });
  const first = await xu.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  const declined = await call(xu.client, rejectOffer, { params: { offerId: first.offer.offerId }, body: { reason: 'language', note: '客户说粤语' } });
  expect(declined.status).toBe(200);
  // The reason is kept beside the offer, for the team's reports.
  const [kept] = await queryRows<{ reject_reason: string; reject_note: string }>(bff.store.db, sql`SELECT reject_reason, reject_note FROM conversation_offers WHERE offer_id = ${first.offer.offerId}`);
  expect(kept).toEqual({ reject_reason: 'language', reject_note: '客户说粤语' });
  await xu.socket.next('conversation.offer_withdrawn', (e) => e.offerId === first.offer.offerId && e.reason === 'rejected');
  const second = await zhang.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  expect(second.offer.offerId).not.toBe(first.offer.offerId);
  // Declining again, or accepting a declined offer, is refused: it is gone.
  expect((await call(xu.client, rejectOffer, { params: { offerId: first.offer.offerId }, body: { reason: 'busy' } })).status).toBe(409);
  xu.socket.close();
  zhang.socket.close();
}, 30_000);

it('moves an offer nobody answers on to the next seat when its time runs out', async () => {
  await setOfferTimeout(target, 1);
  const xu = await readySeat(target, 'xu.na');
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'sms', from: '13800000002', text: '在吗', queueId: 'q-cn-general' });
  const first = await xu.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  const lapsed = await xu.socket.next('conversation.offer_withdrawn', (e) => e.offerId === first.offer.offerId, 10_000);
  expect(lapsed.reason).toBe('timeout');
  await xu.socket.next('agent.state_changed', (e) => e.state.reason === 'missed_offer', 10_000);
  const summary = await acceptNext(zhang, conversationId);
  expect(summary.agentId).toBe('agt-1001');
  xu.socket.close();
  zhang.socket.close();
}, 30_000);

it('gives a signed-out seat’s conversations back to the queue with their history, to the next seat', async () => {
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'chat', from: 'web:v3', text: '第一句', queueId: 'q-cn-general' });
  await acceptNext(zhang, conversationId);
  zhang.socket.close();
  expect((await call(zhang.client, logout)).status).toBe(200);

  const xu = await readySeat(target, 'xu.na');
  const summary = await acceptNext(xu, conversationId);
  expect(summary.agentId).toBe('agt-1003');
  const thread = await call(xu.client, listMessages, { params: { conversationId } });
  const lines = thread.data.items.map((m) => (m.content.kind === 'system' ? m.content.event : m.author));
  expect(lines).toEqual(['customer', 'assigned', 'returned_to_queue', 'assigned']);
  expect(thread.data.items.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  xu.socket.close();
}, 30_000);

it('offers no more of a channel to a seat whose capacity is full; auto-accept takes what fits', async () => {
  const zhang = await readySeat(target, 'zhang.wei');
  const settings = await call(zhang.client, getConversationSettings);
  const capacity = settings.data.capacity.chat;
  expect(capacity).toBeGreaterThan(0);
  const auto = await call(zhang.client, setAutoAccept, { body: { autoAccept: true } });
  expect(auto.data.autoAccept).toBe(true);

  const ids: string[] = [];
  for (let i = 0; i <= capacity; i++) ids.push(await writeIn(target, { channel: 'chat', from: `web:cap-${i}`, text: `chat ${i}`, queueId: 'q-cn-general' }));
  await waitFor('the chats that fit to be given', async () => (await call(zhang.client, getConversationSettings)).data.used.chat === capacity);
  const held = (await call(zhang.client, listConversations)).data.items.map((c) => c.conversationId).sort();
  expect(held).toEqual(ids.slice(0, capacity).sort());
  // The one over capacity waits: no offer reached the seat, and the team lead counts it waiting.
  expect(zhang.socket.events.filter((e) => e.type === 'conversation.offered')).toEqual([]);
  expect((await call(zhang.client, listOffers)).data.items).toEqual([]);
  const lead = await target.signIn('wang.fang');
  const board = await call(lead, getSupervisorOverview);
  const general = board.data.queues.find((q) => q.queueId === 'q-cn-general')!;
  expect(general.waiting).toBeGreaterThanOrEqual(1);
  zhang.socket.close();
}, 30_000);

it('counts waiting conversations in the team lead’s queue figures', async () => {
  const lead = await target.signIn('wang.fang');
  const base = (await call(lead, getSupervisorOverview)).data.queues.find((q) => q.queueId === 'q-cn-general')!.waiting;
  const socket = await lead.openSocket(null);
  await writeIn(target, { channel: 'email', from: 'nobody@example.org', text: 'hello', subject: 'hi', queueId: 'q-cn-general' });
  await writeIn(target, { channel: 'social', from: 'wechat:o6_x', text: 'hello', queueId: 'q-cn-general' });
  const figures = (await call(lead, getSupervisorOverview)).data.queues.find((q) => q.queueId === 'q-cn-general')!;
  expect(figures.waiting).toBe(base + 2);
  await socket.next('queue.stats_updated', (e) => e.queue.queueId === 'q-cn-general' && e.queue.waiting === base + 2, 10_000);
  socket.close();
}, 30_000);

/** The conversation as the store keeps it: who passed on it, and when the passes may be forgotten. */
async function passesOf(conversationId: string) {
  const [row] = await queryRows<{ skipped: string[]; reoffer_at: string | null }>(
    bff.store.db,
    sql`SELECT record->'skipped' AS skipped, record->>'reofferAt' AS reoffer_at FROM conversations WHERE conversation_id = ${conversationId}`,
  );
  return row!;
}

it('withdraws the offers of a seat going Not ready: kept as withdrawn, no pass, on to the next seat', async () => {
  const xu = await readySeat(target, 'xu.na');
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'chat', from: 'web:away', text: '有人吗', queueId: 'q-cn-general' });
  const first = await xu.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  expect((await call(xu.client, setAgentState, { body: { status: 'not_ready', reason: 'meeting' } })).status).toBe(200);
  await xu.socket.next('conversation.offer_withdrawn', (e) => e.offerId === first.offer.offerId && e.reason === 'not_ready', 10_000);
  const [kept] = await queryRows<{ status: string }>(bff.store.db, sql`SELECT status FROM conversation_offers WHERE offer_id = ${first.offer.offerId}`);
  expect(kept).toEqual({ status: 'withdrawn' });
  await acceptNext(zhang, conversationId);
  expect((await call(xu.client, listOffers)).data.items).toEqual([]);
  xu.socket.close();
  zhang.socket.close();
}, 30_000);

it('keeps a pass until the cool-down after it, the instance’s offer timeout (ZUOXI_OFFER_TIMEOUT_SEC) by default', async () => {
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'sms', from: '13800000009', text: '在吗', queueId: 'q-cn-general' });
  const offered = await zhang.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  const before = Date.now();
  expect((await call(zhang.client, rejectOffer, { params: { offerId: offered.offer.offerId }, body: { reason: 'busy' } })).status).toBe(200);
  const passes = await passesOf(conversationId);
  expect(passes.skipped).toEqual(['agt-1001']);
  const cooldown = Date.parse(passes.reoffer_at!) - before;
  expect(cooldown).toBeGreaterThanOrEqual(bff.deps.config.offerTimeoutSec * 1000);
  expect(cooldown).toBeLessThan(bff.deps.config.offerTimeoutSec * 1000 + 5000);
  expect((await call(zhang.client, listOffers)).data.items).toEqual([]);
  zhang.socket.close();
}, 30_000);

it('forgets the passes once the cool-down is over even with no seat left to offer it to, so the timer stops asking', async () => {
  await setOfferTimeout(target, 1);
  const zhang = await readySeat(target, 'zhang.wei');
  const conversationId = await writeIn(target, { channel: 'chat', from: 'web:alone', text: 'hello', queueId: 'q-cn-general' });
  const offered = await zhang.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, 10_000);
  await call(zhang.client, rejectOffer, { params: { offerId: offered.offer.offerId }, body: { reason: 'busy' } });
  zhang.socket.close();
  expect((await call(zhang.client, logout)).status).toBe(200);
  expect((await passesOf(conversationId)).skipped).toEqual(['agt-1001']);
  await waitFor('the passes forgotten', async () => (await passesOf(conversationId)).skipped.length === 0, 10_000);
  expect(await passesOf(conversationId)).toEqual({ skipped: [], reoffer_at: null });
  // Back and Ready, the agent who declined it is offered it at once: the passes are gone, a new round.
  const again = await readySeat(target, 'zhang.wei');
  await acceptNext(again, conversationId);
  again.socket.close();
}, 30_000);
