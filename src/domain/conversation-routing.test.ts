import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import { chooseAgent, countByChannel, defaultCapacity, hasRoom, offerExpired, rankCandidates, roomToAccept, type RoutingCandidate } from './conversation-routing';

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
});
