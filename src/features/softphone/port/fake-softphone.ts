import type { AudioDevices, CallInfo, CallQuality, RegistrationState, SipSettings, SoftphoneEvent, SoftphonePort } from './softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import type { MicrophoneStatus } from '../stores/softphone-store';
import { FakeCallBook } from './fake-call-book';
import { FakeFarEnd, type TargetOutcome } from './fake-far-end';

export interface FakeSoftphoneOptions {
  /** Delay of every simulated network round trip; 0 resolves on the next microtask (unit tests). */
  delayMs?: number;
  now?: () => number;
  /** Emit a good-quality sample for each established call at this interval (mock mode); 0 = never. */
  qualityIntervalMs?: number;
  /** How long a transfer to a target that only rings waits for its answer, as the adapter's REFER does. */
  transferTimeoutMs?: number;
}

export interface SimulateIncomingInput {
  from: string;
  displayName?: string | null;
  ivr?: CallInfo['ivr'];
}

const answered = (call: CallInfo) => call.state === 'active' || call.state === 'held';

/**
 * A deterministic SoftphonePort for unit tests and mock mode. Each far-end reaction (the registrar, a
 * re-INVITE answer, a REFER NOTIFY) arrives one "round trip" later, so the UI sees the same ordering
 * the sip.js adapter produces; port-behaviour.ts holds both to the same scenarios. Test hooks are the
 * `simulate*` / `set*` methods.
 */
export class FakeSoftphone implements SoftphonePort {
  private readonly listeners = new Set<(event: SoftphoneEvent) => void>();
  private readonly book = new FakeCallBook((event) => this.emit(event));
  private readonly farEnd: FakeFarEnd;
  /** Calls whose end is an expected part of a transfer (no "consult ended" for them). */
  private readonly transferring = new Set<string>();
  private readonly now: () => number;
  private readonly qualityIntervalMs: number;
  private qualityTimer: ReturnType<typeof setInterval> | null = null;
  private registration: RegistrationState = 'unregistered';
  private registrationFailure: string | null = null;

  settings: SipSettings | null = null;
  /** What `probeMicrophone()` reports; mock mode passes that method to SoftphoneProvider. */
  microphone: MicrophoneStatus = 'ok';
  devices: AudioDevices = { inputId: null, outputId: null, ringerId: null };
  /** Tones sent to the far end (the adapter sends them as SIP INFO; no event, as there). */
  readonly dtmfLog: { callId: string; tone: string }[] = [];
  /** Every port method called, in order: lets tests assert that nothing was sent twice. */
  readonly log: string[] = [];

  constructor(options: FakeSoftphoneOptions = {}) {
    this.farEnd = new FakeFarEnd(options.delayMs ?? 0, options.transferTimeoutMs ?? 15000);
    this.now = options.now ?? Date.now;
    this.qualityIntervalMs = options.qualityIntervalMs ?? 0;
  }

  get registrationState(): RegistrationState {
    return this.registration;
  }

  get calls(): CallInfo[] {
    return this.book.all();
  }

  call(callId: string): CallInfo | undefined {
    const c = this.book.get(callId);
    return c ? { ...c } : undefined;
  }

  // ---- port -------------------------------------------------------------------------------------

  async register(settings: SipSettings): Promise<void> {
    this.log.push('register');
    // The adapter starts a new user agent: whatever the old one carried ends.
    this.endAll('unregistered');
    this.settings = settings;
    if (!/^sips?:[^\s@]+@?\S*$/i.test(settings.uri)) {
      this.setRegistration('failed', 'invalid_uri');
      throw new SoftphoneError('invalid_uri');
    }
    this.setRegistration('registering', null);
    await this.farEnd.roundTrip();
    const failure = this.registrationFailure;
    if (failure) {
      this.setRegistration('failed', failure);
      // Refused credentials reject (the adapter never retries them); other refusals are only reported.
      if (failure === 'invalid_credentials') throw new SoftphoneError(failure);
      return;
    }
    this.setRegistration('registered', null);
    this.startQuality();
  }

  async unregister(): Promise<void> {
    this.log.push('unregister');
    this.endAll('unregistered');
    this.stopQuality();
    this.setRegistration('unregistered', null);
  }

  async dial(target: string): Promise<string> {
    this.log.push(`dial ${target}`);
    return this.dialLeg(target, null);
  }

  async answer(callId: string): Promise<void> {
    this.log.push(`answer ${callId}`);
    if (this.book.require(callId).state !== 'ringing') throw new SoftphoneError('not_ringing');
    this.book.update(callId, { state: 'active', answeredAt: this.now() });
  }

  async reject(callId: string): Promise<void> {
    this.log.push(`reject ${callId}`);
    if (this.book.require(callId).state !== 'ringing') throw new SoftphoneError('not_ringing');
    await this.end(callId, 'rejected');
  }

  async hangup(callId: string): Promise<void> {
    this.log.push(`hangup ${callId}`);
    this.book.require(callId);
    await this.end(callId, 'local_hangup');
  }

  async hold(callId: string): Promise<void> {
    this.log.push(`hold ${callId}`);
    await this.setHold(this.book.require(callId), true);
  }

  async unhold(callId: string): Promise<void> {
    this.log.push(`unhold ${callId}`);
    await this.setHold(this.book.require(callId), false);
  }

  mute(callId: string, muted: boolean): void {
    this.log.push(`mute ${callId} ${muted}`);
    this.book.require(callId);
    this.book.update(callId, { muted });
  }

  sendDtmf(callId: string, tones: string): void {
    this.log.push(`dtmf ${callId} ${tones}`);
    const call = this.book.require(callId);
    if (!/^[0-9A-D#*]+$/i.test(tones)) throw new SoftphoneError('invalid_dtmf');
    if (!answered(call)) throw new SoftphoneError('not_active');
    for (const tone of tones.toUpperCase()) this.dtmfLog.push({ callId, tone });
  }

  async transferBlind(callId: string, target: string): Promise<void> {
    this.log.push(`transfer ${callId} ${target}`);
    if (!answered(this.book.require(callId))) throw new SoftphoneError('not_active');
    this.transferring.add(callId);
    const outcome = await this.farEnd.referOutcome(target);
    if (outcome !== 'ok') {
      this.transferring.delete(callId);
      const code = outcome === 'ring' ? 'transfer_timeout' : outcome === 'invalid' ? 'invalid_target' : `transfer_target_${outcome}`;
      this.emit({ type: 'error', callId, code });
      throw new SoftphoneError(code);
    }
    // As the adapter: our leg ends only once the far end reported the new call answered.
    await this.end(callId, 'transferred');
  }

  async startConsult(callId: string, target: string): Promise<string> {
    this.log.push(`consult ${callId} ${target}`);
    await this.setHold(this.book.require(callId), true);
    try {
      return this.dialLeg(target, callId);
    } catch (error) {
      const customer = this.book.live(callId);
      if (customer) await this.setHold(customer, false).catch(() => undefined);
      this.emit({ type: 'error', callId, code: (error as SoftphoneError).code });
      throw error;
    }
  }

  async completeConsult(callId: string, consultCallId: string): Promise<void> {
    this.log.push(`complete ${callId} ${consultCallId}`);
    this.book.require(callId);
    if (!answered(this.book.require(consultCallId))) throw new SoftphoneError('consult_not_answered');
    this.transferring.add(callId).add(consultCallId);
    await this.farEnd.roundTrip();
    await Promise.all([this.end(consultCallId, 'transferred'), this.end(callId, 'transferred')]);
  }

  async cancelConsult(callId: string, consultCallId: string): Promise<void> {
    this.log.push(`cancel ${callId} ${consultCallId}`);
    if (this.book.require(consultCallId).consultFor !== callId) throw new SoftphoneError('not_a_consult');
    // The consult leg's end takes the customer off hold.
    await this.end(consultCallId, 'consult_cancelled');
  }

  async conference(callIds: string[]): Promise<void> {
    this.log.push(`conference ${callIds.join(',')}`);
    const calls = callIds.map((id) => this.book.require(id));
    if (calls.length < 2) throw new SoftphoneError('conference_needs_two_calls');
    await Promise.all(calls.map((call) => this.setHold(call, false)));
    if (!callIds.every((id) => this.book.live(id)?.state === 'active')) throw new SoftphoneError('conference_no_media');
    for (const id of callIds) this.book.update(id, { consultFor: null, conferenceWith: callIds.filter((other) => other !== id) });
  }

  async setDevices(devices: Partial<AudioDevices>): Promise<void> {
    this.log.push('setDevices');
    this.devices = { ...this.devices, ...devices };
  }

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    this.listeners.add(listener);
    // Late subscribers (a remounted provider, a second store) start from the current truth.
    listener({ type: 'registration', state: this.registration, error: null });
    for (const call of this.book.liveCalls()) listener({ type: 'call', call: { ...call } });
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    this.log.push('dispose');
    this.endAll('unregistered');
    this.stopQuality();
    this.setRegistration('unregistered', null);
    this.listeners.clear();
  }

  // ---- test hooks -------------------------------------------------------------------------------

  simulateIncoming(input: SimulateIncomingInput): string {
    return this.book.add({ direction: 'inbound', number: input.from, state: 'ringing', displayName: input.displayName ?? null, ivr: input.ivr ?? null }).callId;
  }

  /** The far end hangs up: a caller giving up while it rings cancels, as SIP does. */
  simulateRemoteHangup(callId: string): void {
    const call = this.book.live(callId);
    if (!call) return;
    const reason = answered(call) ? 'remote_hangup' : call.direction === 'inbound' ? 'remote_cancel' : 'not_answered';
    void this.end(callId, reason);
  }

  simulateRemoteAnswer(callId: string): void {
    const call = this.book.live(callId);
    if (call && (call.state === 'dialing' || call.state === 'early')) this.book.update(callId, { state: 'active', answeredAt: this.now() });
  }

  /** The far end presses a key. */
  simulateRemoteDtmf(callId: string, tone: string): void {
    this.emit({ type: 'dtmf', callId, tone });
  }

  /** The transport dropped; like the adapter, the phone stays unregistered until it reconnects. */
  simulateRegistrationDrop(code = 'transport_lost'): void {
    this.stopQuality();
    this.setRegistration('unregistered', code);
  }

  /** The adapter's reconnect succeeded: registering, then registered. */
  simulateRegistrationRestore(): void {
    this.setRegistration('registering', null);
    this.setRegistration('registered', null);
    this.startQuality();
  }

  /** Fails this and every later registration with `code` (the adapter's 'invalid_credentials' for a 401/403) until cleared with null. */
  simulateRegistrationFailure(code: string | null): void {
    this.registrationFailure = code;
    if (code && this.registration !== 'unregistered') this.setRegistration('failed', code);
  }

  simulateQuality(callId: string, quality: Partial<Omit<CallQuality, 'callId'>>): void {
    this.emit({
      type: 'quality',
      quality: { callId, rttMs: 20, jitterMs: 2, lossPct: 0, mos: 4.4, inboundBytes: 0, outboundBytes: 0, inboundStalled: false, ...quality },
    });
  }

  simulateMicrophoneProblem(status: MicrophoneStatus): void {
    this.microphone = status;
  }

  /** Stands in for the browser's getUserMedia probe, so mock mode never asks for a real microphone. */
  async probeMicrophone(): Promise<MicrophoneStatus> {
    return this.microphone;
  }

  simulateError(code: string, callId: string | null = null): void {
    this.emit({ type: 'error', callId, code });
  }

  /** How a target reacts to a transfer, a consult or a dial. Unknown targets answer ('ok'). */
  setTransferOutcome(target: string, outcome: TargetOutcome): void {
    this.farEnd.setOutcome(target, outcome);
  }

  /** 'manual' keeps hold/unhold waiting for `confirmHolds()`, to observe the unconfirmed state. */
  setHoldMode(mode: 'auto' | 'manual'): void {
    this.farEnd.setHoldMode(mode);
  }

  confirmHolds(): void {
    this.farEnd.confirmHolds();
  }

  // ---- internals --------------------------------------------------------------------------------

  private dialLeg(target: string, consultFor: string | null): string {
    if (this.registration !== 'registered') throw new SoftphoneError('not_registered');
    if (!target.trim()) throw new SoftphoneError('invalid_target');
    const call = this.book.add({ direction: 'outbound', number: target.trim(), state: 'dialing', consultFor });
    void this.connectOutbound(call.callId, target.trim());
    return call.callId;
  }

  private async connectOutbound(callId: string, target: string): Promise<void> {
    await this.farEnd.roundTrip();
    if (this.book.get(callId)?.state !== 'dialing') return;
    this.book.update(callId, { state: 'early' });
    await this.farEnd.roundTrip();
    if (this.book.get(callId)?.state !== 'early') return;
    const outcome = this.farEnd.outcomeFor(target);
    if (outcome === 'ok') this.book.update(callId, { state: 'active', answeredAt: this.now() });
    else if (outcome !== 'ring') void this.end(callId, `call_target_${outcome}`);
  }

  /** `held` only once the far end confirmed; holding a held call or unholding an unheld one is a no-op. */
  private async setHold(call: CallInfo, hold: boolean): Promise<void> {
    if ((call.state === 'held') === hold) return;
    if (hold && call.state !== 'active') throw new SoftphoneError('not_active');
    await this.farEnd.confirmsHold();
    if (this.book.live(call.callId)?.state === (hold ? 'active' : 'held')) this.book.update(call.callId, { state: hold ? 'held' : 'active' });
  }

  /** Ends a call and resolves once its after-effects are done, as the adapter's legs do. */
  private async end(callId: string, reason: string): Promise<void> {
    const call = this.book.live(callId);
    if (!call) return;
    this.book.update(callId, { state: 'ended', endReason: reason, conferenceWith: [] });
    if (call.direction === 'outbound' && !call.consultFor && (reason.startsWith('call_target_') || reason === 'call_failed')) {
      this.emit({ type: 'error', callId, code: reason });
    }
    for (const other of this.book.liveCalls()) {
      if (other.conferenceWith.includes(callId)) this.book.update(other.callId, { conferenceWith: other.conferenceWith.filter((id) => id !== callId) });
      // The customer hung up while the agent consulted: the consult leg becomes an ordinary call.
      if (other.consultFor === callId) this.book.update(other.callId, { consultFor: null });
    }
    await this.afterConsultEnded(call, reason);
    this.transferring.delete(callId);
  }

  /** A consult that ends without a completed transfer gives the customer back, off hold, saying why. */
  private async afterConsultEnded(consult: CallInfo, reason: string): Promise<void> {
    const customer = consult.consultFor ? this.book.live(consult.consultFor) : undefined;
    if (!customer || this.transferring.has(consult.callId) || this.transferring.has(customer.callId)) return;
    if (reason !== 'consult_cancelled' && reason !== 'local_hangup') {
      const code = reason.startsWith('call_') ? reason.replace(/^call_/, 'consult_') : 'consult_ended';
      this.emit({ type: 'error', callId: customer.callId, code });
    }
    await this.setHold(customer, false).catch(() => undefined);
  }

  private endAll(reason: string): void {
    for (const call of this.book.liveCalls()) void this.end(call.callId, reason);
  }

  private setRegistration(state: RegistrationState, error: string | null): void {
    this.registration = state;
    this.emit({ type: 'registration', state, error });
  }

  private emit(event: SoftphoneEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private startQuality(): void {
    if (this.qualityIntervalMs <= 0 || this.qualityTimer) return;
    let bytes = 0;
    this.qualityTimer = setInterval(() => {
      bytes += 8000;
      for (const call of this.book.liveCalls()) {
        if (call.state === 'active') this.simulateQuality(call.callId, { inboundBytes: bytes, outboundBytes: bytes });
      }
    }, this.qualityIntervalMs);
  }

  private stopQuality(): void {
    if (this.qualityTimer) clearInterval(this.qualityTimer);
    this.qualityTimer = null;
  }
}

/** The fake as the app's mock mode uses it: short realistic delays and a live quality indicator. */
export function createFakeSoftphone(options: FakeSoftphoneOptions = { delayMs: 80, qualityIntervalMs: 1000 }): FakeSoftphone {
  return new FakeSoftphone(options);
}
