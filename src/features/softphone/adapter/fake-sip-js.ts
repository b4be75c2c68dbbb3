import { FakeInvitation } from './fake-invitation';
import { FakeInviter } from './fake-inviter';
import { parseFakeSipUri } from './fake-sip-uri';
import { FakeSipRegisterer } from './fake-sip-registerer';
import type { FakeOutcome, FakeSipSession } from './fake-sip-session';
import { FakeSipUserAgent } from './fake-sip-user-agent';
import type { SipJs, SipUri, SipUserAgent, SipUserAgentOptions } from './sip-js-api';

export interface FakeRingInput {
  displayName?: string;
  /** Headers of the INVITE, e.g. the IVR's X-Zuoxi-Intent. */
  headers?: Record<string, string>;
}

/**
 * sip.js for unit tests, beside the SipJs surface it fakes: the adapter gets it through
 * `new SipJsSoftphone({ sipJs })`. It is also the far end — registrar, proxy and every other phone —
 * so a test can ring the agent, choose how a dialed number reacts, refuse credentials, or drop the
 * transport, and then look at what the adapter sent (re-INVITEs, REFERs, INFOs, BYEs, REGISTERs).
 */
export class FakeSipJs implements SipJs {
  readonly userAgents: FakeSipUserAgent[] = [];
  readonly registerers: FakeSipRegisterer[] = [];
  readonly sessions: FakeSipSession[] = [];
  /** How the registrar answers a REGISTER: 200, a refusal (401, 503…), or 'manual' (FakeSipRegisterer.answer). */
  registrarStatus: number | 'manual' = 200;
  /** Whether the WebSocket to the proxy connects (start, reconnect). */
  reachable = true;
  private readonly outcomes = new Map<string, FakeOutcome>();

  makeURI(text: string): SipUri | undefined {
    return parseFakeSipUri(text);
  }

  createUserAgent(options: SipUserAgentOptions): FakeSipUserAgent {
    const ua = new FakeSipUserAgent(options, () => this.reachable);
    this.userAgents.push(ua);
    return ua;
  }

  createRegisterer(userAgent: SipUserAgent): FakeSipRegisterer {
    const registerer = new FakeSipRegisterer(userAgent as FakeSipUserAgent, () => this.registrarStatus);
    this.registerers.push(registerer);
    return registerer;
  }

  createInviter(userAgent: SipUserAgent, target: SipUri): FakeInviter {
    const inviter = new FakeInviter(this.worldOf(userAgent as FakeSipUserAgent), target);
    this.sessions.push(inviter);
    return inviter;
  }

  /** The user agent of the latest register(). */
  get ua(): FakeSipUserAgent {
    const ua = this.userAgents.at(-1);
    if (!ua) throw new Error('FakeSipJs: nothing registered yet');
    return ua;
  }

  /** The Registerer in use (a reconnect makes a new one). */
  get registerer(): FakeSipRegisterer {
    const registerer = this.registerers.at(-1);
    if (!registerer) throw new Error('FakeSipJs: nothing registered yet');
    return registerer;
  }

  /** Someone calls the agent; returns the ringing INVITE (its id is the call id). */
  ring(from: string, input: FakeRingInput = {}): FakeInvitation {
    const ua = this.ua;
    const invitation = new FakeInvitation(this.worldOf(ua), parseFakeSipUri(`sip:${from}@fake.zuoxi`)!, input.displayName ?? '', input.headers ?? {});
    this.sessions.push(invitation);
    ua.options.onInvite(invitation);
    return invitation;
  }

  /** How `user` reacts when dialed, consulted or transferred to; unknown numbers answer. */
  setOutcome(user: string, outcome: FakeOutcome): void {
    this.outcomes.set(user, outcome);
  }

  session(callId: string): FakeSipSession {
    const session = this.sessions.find((s) => s.id === callId);
    if (!session) throw new Error(`FakeSipJs: no session ${callId}`);
    return session;
  }

  inviter(callId: string): FakeInviter {
    const session = this.session(callId);
    if (!(session instanceof FakeInviter)) throw new Error(`FakeSipJs: ${callId} is not an outbound call`);
    return session;
  }

  private worldOf(ua: FakeSipUserAgent) {
    return {
      outcomeFor: (user: string | undefined) => this.outcomes.get(user ?? '') ?? 'answer',
      getMicrophone: (constraints: MediaStreamConstraints) => ua.options.getMicrophone(constraints),
    };
  }
}
