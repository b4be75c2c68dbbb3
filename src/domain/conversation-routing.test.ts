import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import { openConversation } from './conversation-record';
import {
  afterPlacement,
  chooseAgent,
  countByChannel,
  defaultCapacity,
  hasRoom,
  offerExpired,
  placeConversation,
  rankCandidates,
  reofferTime,
  roomToAccept,
  routeQueued,
  routingCandidate,
  seatCapacity,
  withdrawsOffers,
  type RoutingCandidate,
  type SeatInputs,
} from './conversation-routing';

const at = (ms: number) => new Date(ms).toISOString();
const state = (agentId: string, status: AgentState['status'], sinceMs: number): AgentState => ({
  agentId,
  status,
  reason: status === 'not_ready' ? 'break' : null,
  since: at(sinceMs),
  version: 1,
  contacts: [],
  pending: null,
  acwEndsAt: null,
});
const seat = (id: string, sinceMs: number, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  user: { id, role: 'agent', tenant: 'cn', queueIds: ['q-cn-general'], skills: ['general'] },
  state: state(id, 'ready', sinceMs),
  capacity: defaultCapacity('agent'),
  held: { chat: 0, sms: 0, email: 0, social: 0 },
  lastRoutedAt: null,
  ...over,
});
const general = { queueId: 'q-cn-general', skill: 'general' } as const;

describe('conversation routing', () => {
  it('offers to the longest-idle Ready seat', () => {
    expect(chooseAgent(general, 'chat', [seat('a2', 2000), seat('a1', 3000), seat('a3', 1000)])).toBe('a3');
  });

  it('counts idle time from the last contact given, not only from becoming Ready', () => {
    expect(chooseAgent(general, 'chat', [seat('a1', 1000, { lastRoutedAt: 5000 }), seat('a2', 2000)])).toBe('a2');
  });

  it('breaks a tie by agent id, so every backend picks the same seat', () => {
    expect(chooseAgent(general, 'sms', [seat('a2', 1000), seat('a1', 1000)])).toBe('a1');
  });

  it('skips a seat that is not Ready, lacks the skill or the queue, or is not an agent', () => {
    const seats = [
      seat('a1', 1000, { state: state('a1', 'not_ready', 0) }),
      seat('a2', 1000, { user: { id: 'a2', role: 'agent', tenant: 'cn', queueIds: ['q-cn-general'], skills: ['billing'] } }),
      seat('a3', 1000, { user: { id: 'a3', role: 'agent', tenant: 'cn', queueIds: ['q-cn-billing'], skills: ['general'] } }),
      seat('s1', 1000, { user: { id: 's1', role: 'supervisor', tenant: 'cn', queueIds: ['q-cn-general'], skills: ['general'] } }),
    ];
    expect(chooseAgent(general, 'chat', seats)).toBeNull();
  });

  it('gives no offer of a channel to a seat with no room left on it, and still offers other channels', () => {
    const full = seat('a1', 1000, { held: { chat: 3, sms: 0, email: 0, social: 0 } });
    expect(chooseAgent(general, 'chat', [full])).toBeNull();
    expect(chooseAgent(general, 'email', [full])).toBe('a1');
    expect(chooseAgent(general, 'chat', [full, seat('a2', 9000)])).toBe('a2');
  });

  it('moves an offer that lapsed or was declined on to the next seat', () => {
    const seats = [seat('a1', 1000), seat('a2', 2000), seat('a3', 3000)];
    expect(rankCandidates(general, 'chat', seats, ['a1']).map((c) => c.user.id)).toEqual(['a2', 'a3']);
    expect(chooseAgent(general, 'chat', seats, ['a1', 'a2', 'a3'])).toBeNull();
  });

  it('routes a call by the same rule: Ready is enough, no conversation capacity is looked at', () => {
    const noChat = seat('a1', 1000, { capacity: { chat: 0, sms: 0, email: 0, social: 0 } });
    expect(chooseAgent(general, 'voice', [noChat])).toBe('a1');
    expect(chooseAgent(general, 'voice', [seat('a2', 0, { state: state('a2', 'busy', 0) })])).toBeNull();
  });

  it('counts what a seat holds per channel and whether one more fits', () => {
    const held = countByChannel([{ channel: 'chat' }, { channel: 'chat' }, { channel: 'email' }]);
    expect(held).toEqual({ chat: 2, sms: 0, email: 1, social: 0 });
    expect(hasRoom({ capacity: { chat: 2, sms: 1, email: 1, social: 1 }, held }, 'chat')).toBe(false);
    expect(roomToAccept({ chat: 3, sms: 1, email: 1, social: 1 }, held, 'chat')).toBe(true);
    expect(roomToAccept({ chat: 3, sms: 1, email: 1, social: 1 }, held, 'email')).toBe(false);
  });

  it('gives team leads no conversations and experts fewer than agents', () => {
    expect(defaultCapacity('supervisor')).toEqual({ chat: 0, sms: 0, email: 0, social: 0 });
    expect(defaultCapacity('expert').chat).toBeLessThan(defaultCapacity('agent').chat);
  });

  it('lets an offer lapse at its expiry, not before', () => {
    const offer = { expiresAt: at(30_000) };
    expect(offerExpired(offer, 29_999)).toBe(false);
    expect(offerExpired(offer, 30_000)).toBe(true);
  });

  describe('a conversation every seat passed on', () => {
    const passes = (skipped: string[], reofferAtMs: number | null) => ({ skipped, reofferAt: reofferAtMs === null ? null : at(reofferAtMs) });

    it('goes to a seat that has not passed on it first, however long the others have been idle', () => {
      const seats = [seat('a1', 1000), seat('a2', 9000)];
      expect(routeQueued(general, 'chat', seats, passes(['a1'], 40_000), 10_000)).toEqual({ agentId: 'a2', newRound: false });
    });

    it('waits out the cool-down after the latest pass: the seat that just declined is not offered it straight back', () => {
      const seats = [seat('a1', 1000)];
      expect(routeQueued(general, 'chat', seats, passes(['a1'], 40_000), 10_000)).toEqual({ agentId: null, newRound: false });
      expect(routeQueued(general, 'chat', seats, passes(['a1'], 40_000), 39_999)).toEqual({ agentId: null, newRound: false });
    });

    it('starts a new round once the cool-down is over: passes forgotten, the longest-idle seat first', () => {
      // a2 was offered it last (its idle time restarted then): a1 comes first in the new round.
      const seats = [seat('a2', 1000, { lastRoutedAt: 20_000 }), seat('a1', 2000, { lastRoutedAt: 5000 })];
      expect(routeQueued(general, 'chat', seats, passes(['a1', 'a2'], 50_000), 50_000)).toEqual({ agentId: 'a1', newRound: true });
    });

    it('with one agent, comes back to that agent after the cool-down, never at once', () => {
      const only = [seat('a1', 1000)];
      expect(routeQueued(general, 'chat', only, passes(['a1'], 40_000), 10_001).agentId).toBeNull();
      expect(routeQueued(general, 'chat', only, passes(['a1'], 40_000), 40_000).agentId).toBe('a1');
    });

    it('forgets the passes after the cool-down even when no seat may take it now, so it waits like a new one', () => {
      const away = [seat('a1', 1000, { state: state('a1', 'not_ready', 0) })];
      expect(routeQueued(general, 'chat', away, passes(['a1'], 40_000), 45_000)).toEqual({ agentId: null, newRound: true });
      expect(routeQueued(general, 'chat', [], passes(['a1'], 40_000), 45_000)).toEqual({ agentId: null, newRound: true });
    });

    it('needs no new round without passes: nobody eligible, it simply waits', () => {
      expect(routeQueued(general, 'chat', [], passes([], null), 45_000)).toEqual({ agentId: null, newRound: false });
      expect(routeQueued(general, 'chat', [seat('a1', 0)], passes([], null), 45_000)).toEqual({ agentId: 'a1', newRound: false });
    });

    it('knows when the passes may be forgotten; passes kept without a time are due already', () => {
      expect(reofferTime(passes([], null))).toBeNull();
      expect(reofferTime(passes(['a1'], 40_000))).toBe(40_000);
      expect(reofferTime(passes(['a1'], null))).toBe(-Infinity);
    });
  });

  describe('a seat stepping away', () => {
    const withState = (status: AgentState['status'], pending: AgentState['pending'] = null) => ({ status, pending });

    it('has its offers withdrawn when Not ready, or Not ready once its call ends', () => {
      expect(withdrawsOffers(withState('not_ready'))).toBe(true);
      expect(withdrawsOffers(withState('busy', { status: 'not_ready', reason: 'break' }))).toBe(true);
      expect(withdrawsOffers(withState('after_call_work', { status: 'not_ready', reason: 'meal' }))).toBe(true);
    });

    it('keeps them while Ready, Busy on a call or in after-call work: capacity decides, on accept', () => {
      expect(withdrawsOffers(withState('ready'))).toBe(false);
      expect(withdrawsOffers(withState('busy'))).toBe(false);
      expect(withdrawsOffers(withState('busy', { status: 'ready', reason: null }))).toBe(false);
      expect(withdrawsOffers(withState('after_call_work'))).toBe(false);
    });
  });

  describe('a seat as routing sees it', () => {
    const user = { id: 'a1', displayName: '张伟', role: 'agent' as const, tenant: 'cn' as const, queueIds: ['q-cn-general'], skills: ['general' as const] };
    const inputs = (over: Partial<SeatInputs> = {}): SeatInputs => ({
      user,
      state: state('a1', 'ready', 1000),
      capacity: null,
      active: [],
      openOffers: [],
      lastRoutedAt: null,
      autoAccept: false,
      ...over,
    });
    const waiting = () =>
      openConversation({ conversationId: 'cv-1', tenant: 'cn', channel: 'chat', queueId: 'q-cn-general', from: 'wechat:o6', customerId: null, customerName: null, customerLevel: null, subject: null, chatToken: null }, 1000);

    it('takes the capacity stored for the seat, else its role default', () => {
      const trainee = { chat: 1, sms: 2, email: 2, social: 1 };
      expect(seatCapacity(trainee, 'agent')).toEqual(trainee);
      expect(seatCapacity(null, 'expert')).toEqual(defaultCapacity('expert'));
      expect(routingCandidate(inputs({ capacity: trainee }), 5000).capacity).toEqual(trainee);
      expect(routingCandidate(inputs(), 5000).capacity).toEqual(defaultCapacity('agent'));
    });

    it('counts open offers as held, and only conversations in hand as active', () => {
      const seat = routingCandidate(inputs({ active: [{ channel: 'chat' }, { channel: 'email' }], openOffers: [{ channel: 'chat' }] }), 5000);
      expect(seat.held).toEqual({ chat: 2, sms: 0, email: 1, social: 0 });
      expect(seat.active).toEqual({ chat: 1, sms: 0, email: 1, social: 0 });
    });

    it('reads after-call work whose time is up as Ready, as of the time passed in', () => {
      const acw: AgentState = { ...state('a1', 'after_call_work', 1000), acwEndsAt: at(4000) };
      expect(routingCandidate(inputs({ state: acw }), 3000).state.status).toBe('after_call_work');
      expect(routingCandidate(inputs({ state: acw }), 4000).state.status).toBe('ready');
    });

    it('offers to a seat without auto-accept: the conversation is offered, nothing assigned', () => {
      const placement = placeConversation(routingCandidate(inputs(), 5000), waiting());
      expect(placement).toMatchObject({ kind: 'offer', agentId: 'a1', record: { status: 'offered', agentId: null } });
    });

    it('assigns to a seat with auto-accept and room, with the assigned line and no offer', () => {
      const placement = placeConversation(routingCandidate(inputs({ autoAccept: true }), 5000), waiting());
      expect(placement).toMatchObject({ kind: 'assign', agentId: 'a1', record: { status: 'active', agentId: 'a1' } });
      expect(placement.kind === 'assign' && placement.draft.content).toEqual({ kind: 'system', event: 'assigned', detail: { agent: '张伟', agentId: 'a1' } });
    });

    it('offers instead when an auto-accepting seat holds its capacity in hand (its open offers aside)', () => {
      const full = routingCandidate(inputs({ autoAccept: true, capacity: { chat: 1, sms: 2, email: 2, social: 1 }, active: [{ channel: 'chat' }] }), 5000);
      expect(placeConversation(full, waiting()).kind).toBe('offer');
      const offered = routingCandidate(inputs({ autoAccept: true, capacity: { chat: 1, sms: 2, email: 2, social: 1 }, openOffers: [{ channel: 'chat' }] }), 5000);
      expect(placeConversation(offered, waiting()).kind).toBe('assign');
    });

    it('fills the seat and restarts its idle time after a placement, for the rest of the round', () => {
      const seat = routingCandidate(inputs({ autoAccept: true }), 5000);
      const assigned = afterPlacement(seat, placeConversation(seat, waiting()), 6000);
      expect(assigned).toMatchObject({ held: { chat: 1 }, active: { chat: 1 }, lastRoutedAt: 6000 });
      const plain = routingCandidate(inputs(), 5000);
      const offered = afterPlacement(plain, placeConversation(plain, waiting()), 6000);
      expect(offered).toMatchObject({ held: { chat: 1 }, active: { chat: 0 }, lastRoutedAt: 6000 });
    });
  });
});
