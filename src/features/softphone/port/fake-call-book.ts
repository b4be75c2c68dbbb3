import type { CallDirection, CallInfo, CallState, SoftphoneEvent } from './softphone-port';
import { SoftphoneError } from '../lib/softphone-error';

export interface NewFakeCall {
  direction: CallDirection;
  number: string;
  state: CallState;
  consultFor?: string | null;
  displayName?: string | null;
  ivr?: CallInfo['ivr'];
}

/** The fake port's calls (ended ones stay readable for tests), and the one way a change reaches listeners. */
export class FakeCallBook {
  private readonly calls = new Map<string, CallInfo>();
  private counter = 0;

  constructor(private readonly emit: (event: SoftphoneEvent) => void) {}

  all(): CallInfo[] {
    return [...this.calls.values()].map((c) => ({ ...c }));
  }

  get(callId: string): CallInfo | undefined {
    return this.calls.get(callId);
  }

  /** A call that has not ended, or undefined. */
  live(callId: string): CallInfo | undefined {
    const call = this.calls.get(callId);
    return call && call.state !== 'ended' ? call : undefined;
  }

  liveCalls(): CallInfo[] {
    return [...this.calls.values()].filter((c) => c.state !== 'ended');
  }

  /** As the adapter: a call it no longer has is `unknown_call`. */
  require(callId: string): CallInfo {
    const call = this.live(callId);
    if (!call) throw new SoftphoneError('unknown_call');
    return call;
  }

  add(input: NewFakeCall): CallInfo {
    this.counter += 1;
    const call: CallInfo = {
      callId: `fake-call-${this.counter}`,
      direction: input.direction,
      remoteUri: `sip:${input.number}@fake.zuoxi`,
      remoteNumber: input.number,
      displayName: input.displayName ?? null,
      state: input.state,
      muted: false,
      answeredAt: null,
      ivr: input.ivr ?? null,
      consultFor: input.consultFor ?? null,
      conferenceWith: [],
      endReason: null,
    };
    this.calls.set(call.callId, call);
    this.emit({ type: 'call', call: { ...call } });
    return call;
  }

  update(callId: string, patch: Partial<CallInfo>): void {
    const call = this.calls.get(callId);
    if (!call) return;
    const next = { ...call, ...patch };
    this.calls.set(callId, next);
    this.emit({ type: 'call', call: { ...next } });
  }
}
