import type {
  AudioDevices,
  CallInfo,
  CallQuality,
  RegistrationState,
  SipSettings,
  SoftphoneEvent,
  SoftphonePort,
} from './softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import type { MicrophoneStatus } from '../stores/softphone-store';

export type TargetOutcome = 'ok' | 'busy' | 'not_found';

export interface FakeSoftphoneOptions {
  /** Delay of every simulated network round trip; 0 resolves on the next microtask (unit tests). */
  delayMs?: number;
  now?: () => number;
  /** Emit a good-quality sample for each established call at this interval (mock mode); 0 = never. */
  qualityIntervalMs?: number;
}

export interface SimulateIncomingInput {
  from: string;
  displayName?: string | null;
  ivr?: CallInfo['ivr'];
}

type PendingOp = () => void;

/**
 * A deterministic SoftphonePort for unit tests and mock mode. Each far-end reaction (the registrar, a
 * re-INVITE answer, a REFER NOTIFY) arrives one "round trip" later, so the UI sees the same ordering
 * the sip.js adapter produces. Test hooks are the `simulate*` / `set*` methods.
 */
export class FakeSoftphone implements SoftphonePort {
  private readonly listeners = new Set<(event: SoftphoneEvent) => void>();
  private readonly callsById = new Map<string, CallInfo>();
  private readonly outcomes = new Map<string, TargetOutcome>();
  private readonly consultTargets = new Map<string, string>();
  private readonly delayMs: number;
  private readonly now: () => number;
  private readonly qualityIntervalMs: number;
  private qualityTimer: ReturnType<typeof setInterval> | null = null;
  private registration: RegistrationState = 'unregistered';
  private registrationFailure: string | null = null;
  private holdMode: 'auto' | 'manual' = 'auto';
  private pendingHolds: PendingOp[] = [];
  private counter = 0;

  settings: SipSettings | null = null;
  /** What `probeMicrophone()` reports; mock mode passes that method to SoftphoneProvider. */
  microphone: MicrophoneStatus = 'ok';
  devices: AudioDevices = { inputId: null, outputId: null, ringerId: null };
  readonly dtmfLog: { callId: string; tone: string }[] = [];
  /** Every port method called, in order: lets tests assert that nothing was sent twice. */
  readonly log: string[] = [];

  constructor(options: FakeSoftphoneOptions = {}) {
    this.delayMs = options.delayMs ?? 0;
    this.now = options.now ?? Date.now;
    this.qualityIntervalMs = options.qualityIntervalMs ?? 0;
  }

  get registrationState(): RegistrationState {
    return this.registration;
  }

  get calls(): CallInfo[] {
    return [...this.callsById.values()].map((c) => ({ ...c }));
  }

  call(callId: string): CallInfo | undefined {
    const c = this.callsById.get(callId);
    return c ? { ...c } : undefined;
  }

  // ---- port -------------------------------------------------------------------------------------

  async register(settings: SipSettings): Promise<void> {
    this.log.push('register');
    this.settings = settings;
    this.setRegistration('registering', null);
    await this.roundTrip();
    if (this.registrationFailure) {
      this.setRegistration('failed', this.registrationFailure);
      throw new SoftphoneError(this.registrationFailure);
    }
    this.setRegistration('registered', null);
    this.startQuality();
  }

  async unregister(): Promise<void> {
    this.log.push('unregister');
    this.stopQuality();
    this.setRegistration('unregistered', null);
  }

  async dial(target: string): Promise<string> {
    this.log.push(`dial ${target}`);
    if (this.registration !== 'registered') throw new SoftphoneError('not_registered');
    const call = this.newCall('outbound', target, 'dialing');
    void this.connectOutbound(call.callId, target);
    return call.callId;
  }

  async answer(callId: string): Promise<void> {
    this.log.push(`answer ${callId}`);
    const call = this.require(callId);
    if (call.state !== 'ringing') throw new SoftphoneError('not_ringing');
    this.update(callId, { state: 'active', answeredAt: this.now() });
  }

  async reject(callId: string): Promise<void> {
    this.log.push(`reject ${callId}`);
    const call = this.require(callId);
    if (call.state !== 'ringing') throw new SoftphoneError('not_ringing');
    this.end(callId, 'rejected');
  }

  async hangup(callId: string): Promise<void> {
    this.log.push(`hangup ${callId}`);
    const call = this.callsById.get(callId);
    if (!call || call.state === 'ended') return;
    this.end(callId, 'local_hangup');
  }

  async hold(callId: string): Promise<void> {
    this.log.push(`hold ${callId}`);
    const call = this.require(callId);
    if (call.state === 'held') return;
    if (call.state !== 'active') throw new SoftphoneError('not_active');
    await this.farEndConfirms();
    if (this.callsById.get(callId)?.state === 'active') this.update(callId, { state: 'held' });
  }

  async unhold(callId: string): Promise<void> {
    this.log.push(`unhold ${callId}`);
    const call = this.require(callId);
    if (call.state === 'active') return;
    if (call.state !== 'held') throw new SoftphoneError('not_held');
    await this.farEndConfirms();
    if (this.callsById.get(callId)?.state === 'held') this.update(callId, { state: 'active' });
  }

  mute(callId: string, muted: boolean): void {
    this.log.push(`mute ${callId} ${muted}`);
    if (this.callsById.has(callId)) this.update(callId, { muted });
  }

  sendDtmf(callId: string, tones: string): void {
    this.log.push(`dtmf ${callId} ${tones}`);
    for (const tone of tones) {
      this.dtmfLog.push({ callId, tone });
      this.emit({ type: 'dtmf', callId, tone });
    }
  }

  async transferBlind(callId: string, target: string): Promise<void> {
    this.log.push(`transfer ${callId} ${target}`);
    this.require(callId);
    await this.roundTrip();
    const outcome = this.outcomeFor(target);
    if (outcome !== 'ok') {
      const code = `transfer_target_${outcome}`;
      this.emit({ type: 'error', callId, code });
      throw new SoftphoneError(code);
    }
    this.end(callId, 'transferred');
  }

  async startConsult(callId: string, target: string): Promise<string> {
    this.log.push(`consult ${callId} ${target}`);
    const original = this.require(callId);
    if (original.state === 'active') {
      await this.farEndConfirms();
      this.update(callId, { state: 'held' });
    }
    const consult = this.newCall('outbound', target, 'dialing', callId);
    this.consultTargets.set(consult.callId, target);
    await this.roundTrip();
    const outcome = this.outcomeFor(target);
    if (outcome !== 'ok') {
      // Codes as the sip.js adapter reports them: the leg ends with call_target_*, the customer hears consult_target_*.
      const code = `consult_target_${outcome}`;
      this.end(consult.callId, `call_target_${outcome}`);
      this.emit({ type: 'error', callId, code });
      throw new SoftphoneError(code);
    }
    this.update(consult.callId, { state: 'active', answeredAt: this.now() });
    return consult.callId;
  }

  async completeConsult(callId: string, consultCallId: string): Promise<void> {
    this.log.push(`complete ${callId} ${consultCallId}`);
    this.require(callId);
    this.require(consultCallId);
    await this.roundTrip();
    this.end(consultCallId, 'transferred');
    this.end(callId, 'transferred');
  }

  async cancelConsult(callId: string, consultCallId: string): Promise<void> {
    this.log.push(`cancel ${callId} ${consultCallId}`);
    this.end(consultCallId, 'consult_cancelled');
    await this.resumeAfterConsult(callId);
  }

  async conference(callIds: string[]): Promise<void> {
    this.log.push(`conference ${callIds.join(',')}`);
    const calls = callIds.map((id) => this.require(id));
    if (calls.length < 2) throw new SoftphoneError('conference_needs_two_calls');
    await this.roundTrip();
    for (const call of calls) {
      this.update(call.callId, {
        state: 'active',
        consultFor: null,
        conferenceWith: callIds.filter((id) => id !== call.callId),
      });
    }
  }

  async setDevices(devices: Partial<AudioDevices>): Promise<void> {
    this.log.push('setDevices');
    this.devices = { ...this.devices, ...devices };
  }

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    this.listeners.add(listener);
    // Late subscribers (a remounted provider, a second store) start from the current truth.
    listener({ type: 'registration', state: this.registration, error: null });
    for (const call of this.callsById.values()) if (call.state !== 'ended') listener({ type: 'call', call: { ...call } });
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    this.log.push('dispose');
    for (const call of this.callsById.values()) if (call.state !== 'ended') this.end(call.callId, 'local_hangup');
    this.stopQuality();
    this.setRegistration('unregistered', null);
    this.listeners.clear();
  }

  // ---- test hooks -------------------------------------------------------------------------------

  simulateIncoming(input: SimulateIncomingInput): string {
    const call = this.newCall('inbound', input.from, 'ringing', null, input.displayName ?? null, input.ivr ?? null);
    return call.callId;
  }

  simulateRemoteHangup(callId: string): void {
    const call = this.callsById.get(callId);
    if (!call || call.state === 'ended') return;
    this.end(callId, 'remote_hangup');
    // A consult leg that drops brings the customer back to the agent, as the sip.js adapter does.
    if (call.consultFor) {
      this.emit({ type: 'error', callId: call.consultFor, code: 'consult_ended' });
      void this.resumeAfterConsult(call.consultFor);
    }
  }

  simulateRemoteAnswer(callId: string): void {
    const call = this.callsById.get(callId);
    if (call && (call.state === 'dialing' || call.state === 'early')) this.update(callId, { state: 'active', answeredAt: this.now() });
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
    this.outcomes.set(target, outcome);
  }

  /** 'manual' keeps hold/unhold waiting for `confirmHolds()`, to observe the unconfirmed state. */
  setHoldMode(mode: 'auto' | 'manual'): void {
    this.holdMode = mode;
  }

  confirmHolds(): void {
    const pending = this.pendingHolds;
    this.pendingHolds = [];
    for (const resolve of pending) resolve();
  }

  // ---- internals --------------------------------------------------------------------------------

  private async connectOutbound(callId: string, target: string): Promise<void> {
    await this.roundTrip();
    if (this.callsById.get(callId)?.state !== 'dialing') return;
    this.update(callId, { state: 'early' });
    await this.roundTrip();
    if (this.callsById.get(callId)?.state !== 'early') return;
    const outcome = this.outcomeFor(target);
    if (outcome === 'ok') this.update(callId, { state: 'active', answeredAt: this.now() });
    else {
      this.end(callId, `call_target_${outcome}`);
      this.emit({ type: 'error', callId, code: `call_target_${outcome}` });
    }
  }

  private async resumeAfterConsult(callId: string): Promise<void> {
    const call = this.callsById.get(callId);
    if (!call || call.state !== 'held') return;
    await this.farEndConfirms();
    if (this.callsById.get(callId)?.state === 'held') this.update(callId, { state: 'active' });
  }

  private outcomeFor(target: string): TargetOutcome {
    return this.outcomes.get(target) ?? 'ok';
  }

  private newCall(
    direction: CallInfo['direction'],
    number: string,
    state: CallInfo['state'],
    consultFor: string | null = null,
    displayName: string | null = null,
    ivr: CallInfo['ivr'] = null,
  ): CallInfo {
    this.counter += 1;
    const call: CallInfo = {
      callId: `fake-call-${this.counter}`,
      direction,
      remoteUri: `sip:${number}@fake.zuoxi`,
      remoteNumber: number,
      displayName,
      state,
      muted: false,
      answeredAt: null,
      ivr,
      consultFor,
      conferenceWith: [],
      endReason: null,
    };
    this.callsById.set(call.callId, call);
    this.emit({ type: 'call', call: { ...call } });
    return call;
  }

  private end(callId: string, reason: string): void {
    const call = this.callsById.get(callId);
    if (!call || call.state === 'ended') return;
    this.update(callId, { state: 'ended', endReason: reason });
    for (const other of this.callsById.values()) {
      if (other.state === 'ended') continue;
      if (other.conferenceWith.includes(callId)) {
        this.update(other.callId, { conferenceWith: other.conferenceWith.filter((id) => id !== callId) });
      }
      // The customer hung up while the agent consulted: the consult leg becomes an ordinary call.
      if (other.consultFor === callId) this.update(other.callId, { consultFor: null });
    }
  }

  private update(callId: string, patch: Partial<CallInfo>): void {
    const call = this.callsById.get(callId);
    if (!call) return;
    const next = { ...call, ...patch };
    this.callsById.set(callId, next);
    this.emit({ type: 'call', call: { ...next } });
  }

  private require(callId: string): CallInfo {
    const call = this.callsById.get(callId);
    if (!call || call.state === 'ended') throw new SoftphoneError('unknown_call');
    return call;
  }

  private setRegistration(state: RegistrationState, error: string | null): void {
    this.registration = state;
    this.emit({ type: 'registration', state, error });
  }

  private emit(event: SoftphoneEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private roundTrip(): Promise<void> {
    if (this.delayMs <= 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  private farEndConfirms(): Promise<void> {
    if (this.holdMode === 'manual') return new Promise((resolve) => this.pendingHolds.push(resolve));
    return this.roundTrip();
  }

  private startQuality(): void {
    if (this.qualityIntervalMs <= 0 || this.qualityTimer) return;
    let bytes = 0;
    this.qualityTimer = setInterval(() => {
      bytes += 8000;
      for (const call of this.callsById.values()) {
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
