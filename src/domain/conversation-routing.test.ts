import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import {
  chooseAgent,
  countByChannel,
  defaultCapacity,
  hasRoom,
  offerExpired,
  rankCandidates,
  reofferTime,
  roomToAccept,
  routeQueued,
  withdrawsOffers,
  type RoutingCandidate,
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
});
