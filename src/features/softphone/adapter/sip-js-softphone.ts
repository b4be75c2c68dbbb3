import type { AudioDevices, SipSettings, SoftphoneEvent, SoftphonePort } from '../port/softphone-port';
import { toSoftphoneError } from '../lib/softphone-error';
import { applyTracks } from './apply-tracks';
import { CallLegs } from './call-legs';
import { CallQualitySampler } from './call-quality-sampler';
import { refreshDialogs } from './refresh-dialogs';
import { sendDtmf } from './send-dtmf';
import { setHold } from './set-hold';
import { SipAudioDevices } from './sip-audio-devices';
import { SipCalls } from './sip-calls';
import { SipConference } from './sip-conference';
import type { SipJs } from './sip-js-api';
import { SipRegistration } from './sip-registration';
import { SipTransfer } from './sip-transfer';
import { SoftphoneEmitter } from './softphone-emitter';
import { targetUri } from './target-uri';

export interface SipJsSoftphoneOptions {
  /** Where the hidden <audio> elements for remote audio go; document.body by default. */
  audioHost?: HTMLElement;
  /** Cap on ICE gathering; loopback/LAN finish in ms, a slow TURN must not delay the INVITE by 5 s. */
  iceGatheringTimeoutMs?: number;
  /** How long a REFER may take before the transfer is reported failed and the legs are kept. */
  transferTimeoutMs?: number;
  statsIntervalMs?: number;
  logLevel?: 'debug' | 'log' | 'warn' | 'error';
  random?: () => number;
  /** sip.js itself (real-sip-js) unless a test passes fake-sip-js. */
  sipJs?: SipJs;
}

/**
 * SoftphonePort on sip.js 0.21 (UserAgent/Registerer/Inviter/Invitation). Loaded lazily: see create-sip-js-softphone.
 * Each concern lives in its own module; this class only wires them and turns their failures into coded errors.
 */
export class SipJsSoftphone implements SoftphonePort {
  private readonly events = new SoftphoneEmitter();
  private readonly legs = new CallLegs(this.events);
  private readonly conferences = new SipConference(this.legs);
  private readonly devices = new SipAudioDevices(this.legs, this.conferences, this.events);
  private readonly quality: CallQualitySampler;
  private readonly registration: SipRegistration;
  private readonly calls: SipCalls;
  private readonly transfers: SipTransfer;

  constructor(options: SipJsSoftphoneOptions & { sipJs: SipJs }) {
    const { sipJs } = options;
    this.quality = new CallQualitySampler(this.legs, this.events, options.statsIntervalMs ?? 1000);
    this.registration = new SipRegistration({
      sipJs,
      events: this.events,
      iceGatheringTimeoutMs: options.iceGatheringTimeoutMs ?? 2000,
      logLevel: options.logLevel ?? 'warn',
      random: options.random ?? Math.random,
      getMicrophone: (constraints) => this.devices.getMicrophone(constraints),
      onInvite: (invitation) => this.calls.onInvite(invitation),
      hasCalls: () => this.legs.size > 0,
      endCalls: () => Promise.all([...this.legs.values()].map((leg) => this.calls.end(leg, 'unregistered').catch(() => undefined))),
      refreshDialogs: () => refreshDialogs(this.legs.values()),
    });
    const target = (text: string) => targetUri(sipJs, this.registration.ownUri, text);
    this.calls = new SipCalls({
      sipJs,
      legs: this.legs,
      events: this.events,
      quality: this.quality,
      audioHost: options.audioHost,
      outputId: () => this.devices.outputId,
      requireRegisteredUa: () => this.registration.requireRegisteredUa(),
      targetUri: target,
      afterEnd: async (leg, reason) => {
        await this.conferences.shrink(leg);
        await this.transfers.afterConsultEnded(leg, reason);
      },
    });
    this.transfers = new SipTransfer({
      legs: this.legs,
      events: this.events,
      timeoutMs: options.transferTimeoutMs ?? 15000,
      targetUri: target,
      dial: (text, consultFor) => this.calls.dial(text, consultFor),
      end: (leg, reason) => this.calls.end(leg, reason),
    });
  }

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    return this.events.subscribe(listener);
  }

  register(settings: SipSettings): Promise<void> {
    return coded('registration_failed', () => this.registration.register(settings));
  }

  unregister(): Promise<void> {
    return this.registration.unregister();
  }

  dial(target: string): Promise<string> {
    return this.calls.dial(target, null);
  }

  answer(callId: string): Promise<void> {
    return this.calls.answer(callId);
  }

  reject(callId: string): Promise<void> {
    return coded('reject_failed', () => this.calls.reject(callId));
  }

  hangup(callId: string): Promise<void> {
    return coded('hangup_failed', () => this.calls.end(this.legs.require(callId), 'local_hangup'));
  }

  hold(callId: string): Promise<void> {
    return coded('hold_failed', () => setHold(this.legs, this.legs.require(callId), true));
  }

  unhold(callId: string): Promise<void> {
    return coded('unhold_failed', () => setHold(this.legs, this.legs.require(callId), false));
  }

  mute(callId: string, muted: boolean): void {
    const leg = this.legs.require(callId);
    this.legs.update(leg, { muted });
    applyTracks(leg);
  }

  sendDtmf(callId: string, tones: string): void {
    sendDtmf(this.legs.require(callId), tones, () => this.events.emit({ type: 'error', callId, code: 'dtmf_failed' }));
  }

  transferBlind(callId: string, target: string): Promise<void> {
    return coded('transfer_failed', () => this.transfers.transferBlind(callId, target));
  }

  startConsult(callId: string, target: string): Promise<string> {
    return coded('consult_failed', () => this.transfers.startConsult(callId, target));
  }

  completeConsult(callId: string, consultCallId: string): Promise<void> {
    return coded('transfer_failed', () => this.transfers.completeConsult(callId, consultCallId));
  }

  cancelConsult(callId: string, consultCallId: string): Promise<void> {
    return coded('consult_failed', () => this.transfers.cancelConsult(callId, consultCallId));
  }

  conference(callIds: string[]): Promise<void> {
    return coded('conference_failed', () => this.conferences.conference(callIds));
  }

  setDevices(devices: Partial<AudioDevices>): Promise<void> {
    return coded('devices_failed', () => this.devices.setDevices(devices));
  }

  async dispose(): Promise<void> {
    await this.registration.teardown();
    await this.conferences.stop();
    this.quality.stop();
    this.events.clear();
  }
}

/** Every rejection of the port carries a code: a library's own Error becomes `fallback`. */
async function coded<T>(fallback: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toSoftphoneError(error, fallback);
  }
}
