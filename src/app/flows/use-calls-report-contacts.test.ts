import { describe, expect, it } from 'vitest';
import type { CallInfo, CallState } from '@/features/softphone/port/softphone-port';
import { contactChanges } from './use-calls-report-contacts';

const call = (callId: string, state: CallState): CallInfo => ({
  callId,
  direction: 'inbound',
  remoteUri: '',
  remoteNumber: '138',
  displayName: null,
  state,
  muted: false,
  answeredAt: null,
  ivr: null,
  consultFor: null,
  conferenceWith: [],
  endReason: null,
});

describe('flow: calls make the seat Busy, their end starts after-call work', () => {
  it('reports a call once it is the agent’s, not while it only rings', () => {
    expect(contactChanges(new Set(), { a: call('a', 'ringing') })).toEqual({ start: [], end: [] });
    for (const state of ['dialing', 'early', 'active', 'held'] as const) {
      expect(contactChanges(new Set(), { a: call('a', state) }).start.map((c) => c.callId)).toEqual(['a']);
    }
  });

  it('reports the end of a known call that is gone or ended, and nothing twice', () => {
    expect(contactChanges(new Set(['a', 'b']), { b: call('b', 'active') })).toEqual({ start: [], end: ['a'] });
    expect(contactChanges(new Set(['a']), { a: call('a', 'ended') })).toEqual({ start: [], end: ['a'] });
    expect(contactChanges(new Set(['a']), { a: call('a', 'held') })).toEqual({ start: [], end: [] });
  });
});
