import { describe, expect, it } from 'vitest';
import type { AgentState } from '@/contract/schemas/agent-state';
import { DomainError } from './domain-error';
import { moveAgentState, requestAgentState, stateOnSignIn, stateOnSignOut } from './agent-state-rules';

const at = (ms: number) => new Date(ms).toISOString();
const base: AgentState = { agentId: 'a1', status: 'ready', reason: null, since: at(0), version: 3 };

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('agent state rules', () => {
  it('moves to a new status, bumping the version and restarting the timer', () => {
    expect(moveAgentState(base, 'not_ready', 'meal', 5000)).toEqual({ agentId: 'a1', status: 'not_ready', reason: 'meal', since: at(5000), version: 4 });
  });

  it('changes nothing when the same status and reason are asked again', () => {
    expect(moveAgentState(base, 'ready', null, 9000)).toBe(base);
  });

  it('drops a reason that does not go with the status', () => {
    expect(moveAgentState(base, 'after_call_work', 'meal', 1)).toMatchObject({ reason: null });
  });

  it('refuses a reason with anything but not_ready', () => {
    expect(codeOf(() => requestAgentState(base, { status: 'ready', reason: 'meal' }, null, 1))).toBe('invalid_reason');
    expect(requestAgentState(base, { status: 'not_ready', reason: 'break' }, null, 1)).toMatchObject({ status: 'not_ready', reason: 'break' });
  });

  it('answers a stale If-Match with a conflict carrying the current state', () => {
    expect(codeOf(() => requestAgentState(base, { status: 'not_ready', reason: 'meal' }, '2', 1))).toBe('state_conflict');
    try {
      requestAgentState(base, { status: 'not_ready' }, '"2"', 1);
    } catch (error) {
      expect((error as DomainError).details).toEqual({ current: base });
    }
    expect(requestAgentState(base, { status: 'not_ready' }, '"3"', 1)).toMatchObject({ version: 4 });
  });

  it('puts an offline seat Not ready on sign-in, and leaves a seat in use alone', () => {
    const offline = { ...base, status: 'offline' as const };
    expect(stateOnSignIn(offline, 7)).toMatchObject({ status: 'not_ready', reason: null, version: 4 });
    expect(stateOnSignIn(base, 7)).toBe(base);
  });

  it('takes a seat offline when its last session ends', () => {
    expect(stateOnSignOut(base, true, 7)).toBe(base);
    expect(stateOnSignOut(base, false, 7)).toMatchObject({ status: 'offline', reason: null });
  });
});
