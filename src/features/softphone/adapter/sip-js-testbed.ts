import { vi } from 'vitest';
import type { CallInfo, CallState, RegistrationState, SipSettings, SoftphoneEvent } from '../port/softphone-port';
import { installFakeMedia, type FakeMedia } from './fake-media';
import type { FakeInvitation } from './fake-invitation';
import { FakeSipJs } from './fake-sip-js';
import { SipJsSoftphone, type SipJsSoftphoneOptions } from './sip-js-softphone';

export const testSipSettings: SipSettings = {
  wsUrl: 'ws://127.0.0.1:5066',
  uri: 'sip:1001@zuoxi.test',
  authorizationUsername: '1001',
  authorizationPassword: 'secret',
  displayName: 'Zhang Wei',
  iceServers: [],
};

/** The sip.js adapter over fake-sip-js and fake media, with what it emitted, for the adapter's unit tests. */
export interface SipJsTestbed {
  port: SipJsSoftphone;
  sipJs: FakeSipJs;
  media: FakeMedia;
  events: SoftphoneEvent[];
  audioHost: HTMLElement;
  register(): Promise<void>;
  /** The call as last reported. */
  call(callId: string): CallInfo | undefined;
  /** The states a call went through, repeats collapsed. */
  states(callId: string): CallState[];
  registrations(): { state: RegistrationState; error: string | null }[];
  errors(): { callId: string | null; code: string }[];
  /** Polls until `check` stops throwing (or returns true). */
  until(check: () => boolean | void): Promise<void>;
  /** Rings the agent and answers; resolves once the call is active. */
  answeredCall(from?: string): Promise<{ callId: string; session: FakeInvitation }>;
  /** Dials `target` and waits until it is active. */
  dialedCall(target: string): Promise<string>;
  dispose(): Promise<void>;
}

export function createSipJsTestbed(options: Omit<SipJsSoftphoneOptions, 'sipJs'> = {}): SipJsTestbed {
  const media = installFakeMedia();
  const sipJs = new FakeSipJs();
  const audioHost = document.createElement('div');
  document.body.appendChild(audioHost);
  const port = new SipJsSoftphone({ sipJs, audioHost, random: () => 0, statsIntervalMs: 60_000, ...options });
  const events: SoftphoneEvent[] = [];
  port.subscribe((event) => events.push(event));

  const calls = () => events.flatMap((e) => (e.type === 'call' ? [e.call] : []));
  const until = async (check: () => boolean | void) => {
    await vi.waitFor(
      () => {
        if (check() === false) throw new Error('not yet');
      },
      { timeout: 2000, interval: 2 },
    );
  };
  const bed: SipJsTestbed = {
    port,
    sipJs,
    media,
    events,
    audioHost,
    register: () => port.register(testSipSettings),
    call: (callId) => calls().findLast((c) => c.callId === callId),
    states: (callId) =>
      calls()
        .filter((c) => c.callId === callId)
        .map((c) => c.state)
        .filter((s, i, all) => i === 0 || all[i - 1] !== s),
    registrations: () => events.flatMap((e) => (e.type === 'registration' ? [{ state: e.state, error: e.error }] : [])),
    errors: () => events.flatMap((e) => (e.type === 'error' ? [{ callId: e.callId, code: e.code }] : [])),
    until,
    async answeredCall(from = '13800138000') {
      const session = sipJs.ring(from);
      await port.answer(session.id);
      await until(() => bed.call(session.id)?.state === 'active');
      return { callId: session.id, session };
    },
    async dialedCall(target) {
      const callId = await port.dial(target);
      await until(() => bed.call(callId)?.state === 'active');
      return callId;
    },
    async dispose() {
      const disposing = port.dispose();
      // Ending calls waits on timers (sip.js reports a reason a tick after Terminated; teardown is bounded at 3 s).
      if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(3000);
      await disposing;
      audioHost.remove();
      media.restore();
    },
  };
  return bed;
}
