import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import { DomainError } from './domain-error';
import {
  canTakeOffer,
  endContact,
  initialAgentState,
  isSystemReason,
  moveAgentState,
  nextSettleAt,
  requestAgentState,
  settleAgentState,
  startContact,
  stateOnMissedOffer,
  stateOnSignIn,
  stateOnSignOut,
} from './agent-state-machine';

const at = (ms: number) => new Date(ms).toISOString();
const ready: AgentState = { ...initialAgentState('a1', 'ready', null, at(0)), version: 3 };

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('agent state machine: the agent’s choices', () => {
  it('moves to a new status, bumping the version and restarting the timer', () => {
    expect(moveAgentState(ready, 'not_ready', 'meal', 5000)).toMatchObject({ status: 'not_ready', reason: 'meal', since: at(5000), version: 4 });
  });

  it('changes nothing when the same status and reason are asked again', () => {
    expect(requestAgentState(ready, { status: 'ready' }, null, 9000)).toBe(ready);
  });

  it('refuses a reason with anything but not_ready', () => {
    expect(codeOf(() => requestAgentState(ready, { status: 'ready', reason: 'meal' }, null, 1))).toBe('invalid_reason');
  });

  it('answers a stale If-Match with a conflict carrying the current state', () => {
    expect(codeOf(() => requestAgentState(ready, { status: 'not_ready', reason: 'meal' }, '2', 1))).toBe('state_conflict');
    try {
      requestAgentState(ready, { status: 'not_ready' }, '"2"', 1);
    } catch (error) {
      expect((error as DomainError).details).toEqual({ current: ready });
    }
    expect(requestAgentState(ready, { status: 'not_ready' }, '"3"', 1)).toMatchObject({ version: 4 });
  });

  it('refuses a change to an offline seat', () => {
    expect(codeOf(() => requestAgentState(moveAgentState(ready, 'offline', null, 1), { status: 'ready' }, null, 2))).toBe('state_conflict');
  });
});

describe('agent state machine: contacts', () => {
  it('is Busy from a contact’s start, keeping the timer for a second contact', () => {
    const busy = startContact(ready, 'c1', 1000);
    expect(busy).toMatchObject({ status: 'busy', contacts: ['c1'], since: at(1000), pending: null });
    expect(canTakeOffer(busy)).toBe(false);
    const two = startContact(busy, 'c2', 2000);
    expect(two).toMatchObject({ status: 'busy', contacts: ['c1', 'c2'], since: at(1000) });
    expect(startContact(two, 'c2', 3000)).toBe(two);
  });

  it('goes to after-call work when the last contact ends, for the queue’s time, then Ready', () => {
    const busy = startContact(startContact(ready, 'c1', 0), 'c2', 0);
    const one = endContact(busy, 'c1', 30, 1000);
    expect(one).toMatchObject({ status: 'busy', contacts: ['c2'] });
    const acw = endContact(one, 'c2', 30, 2000);
    expect(acw).toMatchObject({ status: 'after_call_work', contacts: [], acwEndsAt: at(32_000), since: at(2000) });
    expect(nextSettleAt(acw)).toBe(32_000);
    expect(settleAgentState(acw, 31_999)).toBe(acw);
    expect(settleAgentState(acw, 32_000)).toMatchObject({ status: 'ready', acwEndsAt: null, pending: null });
    expect(endContact(acw, 'c9', 30, 3000)).toBe(acw);
  });

  it('keeps Not ready asked during a call for after the call, never mid-call', () => {
    const busy = startContact(ready, 'c1', 0);
    const asked = requestAgentState(busy, { status: 'not_ready', reason: 'break' }, null, 500);
    expect(asked).toMatchObject({ status: 'busy', pending: { status: 'not_ready', reason: 'break' }, since: at(0) });
    const acw = endContact(asked, 'c1', 10, 1000);
    expect(settleAgentState(acw, 11_000)).toMatchObject({ status: 'not_ready', reason: 'break' });
    // Changing one's mind back to Ready clears it.
    expect(requestAgentState(asked, { status: 'ready' }, null, 600)).toMatchObject({ status: 'busy', pending: null });
  });

  it('refuses after-call work while Busy', () => {
    expect(codeOf(() => requestAgentState(startContact(ready, 'c1', 0), { status: 'after_call_work' }, null, 1))).toBe('state_conflict');
  });

  it('returns a Not ready seat that took a call to Not ready', () => {
    const notReady = moveAgentState(ready, 'not_ready', 'training', 0);
    const acw = endContact(startContact(notReady, 'c1', 100), 'c1', 5, 200);
    expect(settleAgentState(acw, 5200)).toMatchObject({ status: 'not_ready', reason: 'training' });
  });

  it('skips after-call work when the queue’s policy is zero', () => {
    expect(endContact(startContact(ready, 'c1', 0), 'c1', 0, 100)).toMatchObject({ status: 'ready', acwEndsAt: null });
  });

  it('lets the agent leave after-call work early', () => {
    const acw = endContact(startContact(ready, 'c1', 0), 'c1', 60, 100);
    expect(requestAgentState(acw, { status: 'ready' }, null, 200)).toMatchObject({ status: 'ready', acwEndsAt: null });
  });

  it('refuses a contact for an offline seat', () => {
    expect(codeOf(() => startContact(moveAgentState(ready, 'offline', null, 0), 'c1', 1))).toBe('state_conflict');
  });
});

describe('agent state machine: sessions', () => {
  it('puts an offline seat Not ready on sign-in, and leaves a seat in use alone', () => {
    const offline = moveAgentState(ready, 'offline', null, 0);
    expect(stateOnSignIn(offline, 7)).toMatchObject({ status: 'not_ready', reason: null });
    expect(stateOnSignIn(ready, 7)).toBe(ready);
  });

  it('takes a seat offline when its last session ends, dropping its contacts', () => {
    const busy = startContact(ready, 'c1', 0);
    expect(stateOnSignOut(busy, true, 7)).toBe(busy);
    expect(stateOnSignOut(busy, false, 7)).toMatchObject({ status: 'offline', contacts: [], pending: null });
  });

  it('offers a conversation to a Ready seat only while it has room on the channel; a call needs Ready alone', () => {
    const ready = initialAgentState('a1', 'offline', null, new Date(0).toISOString());
    const readyNow = moveAgentState(ready, 'ready', null, 1000);
    expect(canTakeOffer(readyNow, 'chat', true)).toBe(true);
    expect(canTakeOffer(readyNow, 'chat', false)).toBe(false);
    expect(canTakeOffer(readyNow, 'voice', false)).toBe(true);
    expect(canTakeOffer(moveAgentState(readyNow, 'not_ready', 'break', 2000), 'chat', true)).toBe(false);
  });
});

describe('agent state machine: an offer lapsed unanswered', () => {
  it('puts a Ready seat Not ready with the system reason missed_offer, restarting the timer', () => {
    const missed = stateOnMissedOffer(ready, 5000);
    expect(missed).toMatchObject({ status: 'not_ready', reason: 'missed_offer', since: at(5000), version: 4 });
    expect(isSystemReason(missed.reason)).toBe(true);
    expect(canTakeOffer(missed, 'chat', true)).toBe(false);
    // The agent goes Ready again from it like from any Not ready.
    expect(requestAgentState(missed, { status: 'ready' }, null, 6000)).toMatchObject({ status: 'ready', reason: null });
  });

  it('keeps it pending on a seat Busy on a call, applied after the call and its after-call work', () => {
    const busy = startContact(ready, 'c1', 1000);
    const missed = stateOnMissedOffer(busy, 2000);
    expect(missed).toMatchObject({ status: 'busy', contacts: ['c1'], pending: { status: 'not_ready', reason: 'missed_offer' }, since: at(1000) });
    const acw = endContact(missed, 'c1', 30, 3000);
    expect(acw).toMatchObject({ status: 'after_call_work', pending: { status: 'not_ready', reason: 'missed_offer' } });
    expect(settleAgentState(acw, 33_000)).toMatchObject({ status: 'not_ready', reason: 'missed_offer' });
  });

  it('keeps it pending in after-call work, whose time still runs', () => {
    const acw = endContact(startContact(ready, 'c1', 1000), 'c1', 30, 2000);
    const missed = stateOnMissedOffer(acw, 3000);
    expect(missed).toMatchObject({ status: 'after_call_work', acwEndsAt: acw.acwEndsAt, since: acw.since, pending: { status: 'not_ready', reason: 'missed_offer' } });
    expect(settleAgentState(missed, 32_000)).toMatchObject({ status: 'not_ready', reason: 'missed_offer' });
  });

  it('leaves the agent’s own Not ready alone, now or asked for after the call, and an offline seat', () => {
    const onBreak = moveAgentState(ready, 'not_ready', 'break', 1000);
    expect(stateOnMissedOffer(onBreak, 2000)).toBe(onBreak);
    const breakAfterCall = requestAgentState(startContact(ready, 'c1', 1000), { status: 'not_ready', reason: 'meal' }, null, 1500);
    expect(stateOnMissedOffer(breakAfterCall, 2000)).toBe(breakAfterCall);
    const offline = moveAgentState(ready, 'offline', null, 1000);
    expect(stateOnMissedOffer(offline, 2000)).toBe(offline);
  });

  it('changes nothing when a second offer lapses', () => {
    const missed = stateOnMissedOffer(ready, 5000);
    expect(stateOnMissedOffer(missed, 6000)).toBe(missed);
  });
});
