import {
  Invitation,
  Inviter,
  Registerer,
  RegistererState,
  SessionState,
  SIPExtension,
  UserAgent,
  Web,
  type Info,
  type Notification,
  type Session,
  type URI,
} from 'sip.js';
import type {
  AudioDevices,
  CallInfo,
  RegistrationState,
  SipSettings,
  SoftphoneEvent,
  SoftphonePort,
} from '../port/softphone-port';
import { CallQualityTracker } from './call-quality-tracker';
import { ConferenceMixer } from './conference-mixer';
import { readIvrHeaders } from './read-ivr-headers';
import { reconnectDelay } from './reconnect-delay';
import { sipFragStatus, sipStatusCode } from './sip-status-code';

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
}

interface Leg {
  id: string;
  session: Session;
  info: CallInfo;
  held: boolean;
  /** Serialises re-INVITEs on this dialog (sip.js refuses a second one while one is pending). */
  reinvites: Promise<unknown>;
  audio: HTMLAudioElement | null;
  mic: MediaStreamTrack | null;
  quality: CallQualityTracker;
  /** Our own reason, set before we end the leg, so the Terminated handler can tell who hung up. */
  localEnd: string | null;
  /** A transfer of this leg (or with this leg as consult) is in flight: its end is expected. */
  transferring: boolean;
  /** Resolves when the after-effects of the leg's end (unhold of the consulted call) are done. */
  ended: Promise<void>;
  resolveEnded: () => void;
}

class SoftphoneAdapterError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'SoftphoneAdapterError';
  }
}

const INVALID_CREDENTIAL_STATUSES = new Set([401, 403, 407]);

/** SoftphonePort on sip.js 0.21 (UserAgent/Registerer/Inviter/Invitation). Loaded lazily: see create-sip-js-softphone. */
export class SipJsSoftphone implements SoftphonePort {
  private readonly listeners = new Set<(event: SoftphoneEvent) => void>();
  private readonly legs = new Map<string, Leg>();
  private readonly options: Required<Omit<SipJsSoftphoneOptions, 'audioHost'>> & { audioHost?: HTMLElement };
  private ua: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private settings: SipSettings | null = null;
  private registration: RegistrationState = 'unregistered';
  /** Set by unregister/dispose/bad credentials: no reconnect may follow. */
  private stopped = true;
  private reconnectAttempt = 0;
  /** The transport dropped while calls were up: their dialogs still route to the dead connection. */
  private staleDialogs = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private statsTimer: ReturnType<typeof setInterval> | null = null;
  private devices: AudioDevices = { inputId: null, outputId: null, ringerId: null };
  private mixer: ConferenceMixer | null = null;

  constructor(options: SipJsSoftphoneOptions = {}) {
    this.options = {
      iceGatheringTimeoutMs: 2000,
      transferTimeoutMs: 15000,
      statsIntervalMs: 1000,
      logLevel: 'warn',
      random: Math.random,
      ...options,
    };
  }

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------- registration

  async register(settings: SipSettings): Promise<void> {
    await this.teardownUserAgent();
    const uri = UserAgent.makeURI(settings.uri);
    if (!uri) {
      this.setRegistration('failed', 'invalid_uri');
      throw new SoftphoneAdapterError('invalid_uri');
    }
    this.settings = settings;
    this.stopped = false;
    this.reconnectAttempt = 0;
    const ua = new UserAgent({
      uri,
      displayName: settings.displayName,
      authorizationUsername: settings.authorizationUsername,
      authorizationPassword: settings.authorizationPassword,
      transportOptions: { server: settings.wsUrl, connectionTimeout: 5 },
      // Without it an attended transfer's INVITE with Replaces is taken as a new call.
      sipExtensionReplaces: SIPExtension.Supported,
      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory((constraints) => this.getMicrophone(constraints)),
      sessionDescriptionHandlerFactoryOptions: {
        // Replaces sip.js's default public STUN server: ICE servers only ever come from our settings.
        peerConnectionConfiguration: { iceServers: settings.iceServers },
        iceGatheringTimeout: this.options.iceGatheringTimeoutMs,
      },
      logLevel: this.options.logLevel,
      delegate: {
        onInvite: (invitation) => this.onInvite(invitation),
        onDisconnect: (error) => this.onTransportDown(error),
      },
    });
    this.ua = ua;
    this.registerer = this.makeRegisterer(ua);
    this.setRegistration('registering', null);
    try {
      await ua.start();
    } catch {
      this.setRegistration('unregistered', 'transport_unreachable');
      this.scheduleReconnect();
      return;
    }
    await this.sendRegister();
  }

  async unregister(): Promise<void> {
    await this.teardownUserAgent();
    this.setRegistration('unregistered', null);
  }

  private makeRegisterer(ua: UserAgent): Registerer {
    const registerer = new Registerer(ua, { expires: 300 });
    registerer.stateChange.addListener((state) => {
      if (this.registerer !== registerer) return;
      if (state === RegistererState.Registered) {
        this.markRegistered();
      } else if (state === RegistererState.Unregistered && this.registration === 'registered') {
        this.setRegistration('unregistered', null);
      }
    });
    return registerer;
  }

  /** Resolves once the REGISTER got its final answer (register() itself resolves when it is merely sent). */
  private sendRegister(): Promise<void> {
    const registerer = this.registerer;
    if (!registerer) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      registerer
        .register({
          requestDelegate: {
            onAccept: () => {
              // After a transport loss the Registerer never left "Registered", so no state change fires.
              this.markRegistered();
              resolve();
            },
            onReject: (response) => {
              const status = response.message.statusCode ?? 0;
              if (INVALID_CREDENTIAL_STATUSES.has(status)) {
                // Retrying wrong credentials only earns a lockout on the PBX: stop and tell.
                this.stopped = true;
                this.setRegistration('failed', 'invalid_credentials');
                void this.ua?.stop().catch(() => undefined);
                reject(new SoftphoneAdapterError('invalid_credentials'));
              } else {
                this.setRegistration('failed', `register_rejected_${status}`);
                this.scheduleReconnect();
                resolve();
              }
            },
          },
        })
        .catch(() => {
          this.setRegistration('unregistered', 'transport_unreachable');
          this.scheduleReconnect();
          resolve();
        });
    });
  }

  private markRegistered(): void {
    this.reconnectAttempt = 0;
    if (this.registration !== 'registered') this.setRegistration('registered', null);
    if (this.staleDialogs) {
      this.staleDialogs = false;
      this.refreshDialogs();
    }
  }

  private onTransportDown(error?: Error): void {
    if (this.stopped || !error) return;
    if (this.legs.size > 0) this.staleDialogs = true;
    this.setRegistration('unregistered', 'transport_lost');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = reconnectDelay(this.reconnectAttempt++, this.options.random);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.reconnect();
    }, delay);
  }

  private async reconnect(): Promise<void> {
    const ua = this.ua;
    if (this.stopped || !ua) return;
    this.setRegistration('registering', null);
    try {
      if (!ua.isConnected()) await ua.reconnect();
    } catch {
      this.setRegistration('unregistered', 'transport_unreachable');
      this.scheduleReconnect();
      return;
    }
    if (this.stopped || this.ua !== ua) return;
    this.replaceRegisterer(ua);
    await this.sendRegister().catch(() => undefined);
  }

  /**
   * A REGISTER lost with the transport blocks its Registerer until Timer F (32 s) fires; a fresh
   * Registerer does not. The old one is not disposed — dispose() would un-REGISTER once the lost
   * request times out and so remove the new binding — only its refresh timer is stopped.
   */
  private replaceRegisterer(ua: UserAgent): void {
    const old = this.registerer as unknown as { clearTimers?: () => void } | null;
    this.registerer = this.makeRegisterer(ua);
    old?.clearTimers?.();
  }

  private async teardownUserAgent(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const ua = this.ua;
    const registerer = this.registerer;
    this.ua = null;
    this.registerer = null;
    if (!ua) return;
    // Bounded: with the transport already gone a BYE can wait for a timer; leaving must not.
    const endAll = Promise.all([...this.legs.values()].map((leg) => this.endLeg(leg, 'unregistered').catch(() => undefined)));
    await Promise.race([endAll, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (registerer && registerer.state === RegistererState.Registered && ua.isConnected()) {
      await registerer.unregister().catch(() => undefined);
    }
    await registerer?.dispose().catch(() => undefined);
    await ua.stop().catch(() => undefined);
  }

  private setRegistration(state: RegistrationState, error: string | null): void {
    this.registration = state;
    this.emit({ type: 'registration', state, error });
  }

  // ---------------------------------------------------------------- calls

  private onInvite(invitation: Invitation): void {
    const request = invitation.request;
    const remote = invitation.remoteIdentity;
    const leg = this.addLeg(invitation, {
      direction: 'inbound',
      remoteUri: remote.uri.toString(),
      remoteNumber: remote.uri.user ?? '',
      displayName: remote.displayName || null,
      state: 'ringing',
      ivr: readIvrHeaders((name) => request.getHeader(name)),
      consultFor: null,
    });
    invitation.delegate = {
      ...invitation.delegate,
      onCancel: () => {
        leg.localEnd ??= 'remote_cancel';
      },
    };
    this.emitCall(leg);
  }

  async dial(target: string): Promise<string> {
    return this.dialLeg(target, null);
  }

  private async dialLeg(target: string, consultFor: string | null): Promise<string> {
    const ua = this.requireRegisteredUa();
    const uri = this.targetUri(target);
    const inviter = new Inviter(ua, uri, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    const leg = this.addLeg(inviter, {
      direction: 'outbound',
      remoteUri: uri.toString(),
      remoteNumber: uri.user ?? target,
      displayName: null,
      state: 'dialing',
      ivr: null,
      consultFor,
    });
    this.emitCall(leg);
    inviter
      .invite({
        requestDelegate: {
          onProgress: (response) => {
            if ((response.message.statusCode ?? 0) >= 180 && leg.info.state === 'dialing') this.updateInfo(leg, { state: 'early' });
          },
          onReject: (response) => {
            leg.localEnd ??= sipStatusCode(response.message.statusCode ?? 0, 'call');
          },
        },
      })
      .catch((error: unknown) => {
        leg.localEnd ??= mediaErrorCode(error) ?? 'call_failed';
        if (inviter.state !== SessionState.Terminated) void inviter.dispose();
      });
    return leg.id;
  }

  async answer(callId: string): Promise<void> {
    const leg = this.requireLeg(callId);
    if (!(leg.session instanceof Invitation) || leg.session.state !== SessionState.Initial) {
      throw new SoftphoneAdapterError('not_ringing');
    }
    try {
      await leg.session.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    } catch (error) {
      const code = mediaErrorCode(error) ?? 'answer_failed';
      leg.localEnd ??= code;
      this.emit({ type: 'error', callId, code });
      throw new SoftphoneAdapterError(code);
    }
  }

  async reject(callId: string): Promise<void> {
    const leg = this.requireLeg(callId);
    if (!(leg.session instanceof Invitation) || leg.session.state !== SessionState.Initial) {
      throw new SoftphoneAdapterError('not_ringing');
    }
    leg.localEnd = 'rejected';
    await leg.session.reject({ statusCode: 486 });
  }

  async hangup(callId: string): Promise<void> {
    await this.endLeg(this.requireLeg(callId), 'local_hangup');
  }

  private async endLeg(leg: Leg, reason: string): Promise<void> {
    const session = leg.session;
    leg.localEnd ??= reason;
    switch (session.state) {
      case SessionState.Initial:
      case SessionState.Establishing:
        if (session instanceof Inviter) await session.cancel();
        else if (session instanceof Invitation) await session.reject({ statusCode: 486 });
        break;
      case SessionState.Established:
        await session.bye();
        break;
      default:
        break;
    }
    await leg.ended;
  }

  async hold(callId: string): Promise<void> {
    await this.setHold(this.requireLeg(callId), true);
  }

  async unhold(callId: string): Promise<void> {
    await this.setHold(this.requireLeg(callId), false);
  }

  /**
   * After the WebSocket to the proxy dropped mid-call, the far end still sends its in-dialog requests
   * (its BYE above all) to the old connection, named in our Contact (Kamailio's `;alias=`): its hang-up
   * would never reach us and the call would stay up here forever. A re-INVITE over the new connection is
   * a target refresh, so the far end learns the new route. Media never stopped (it is peer to peer), and
   * the re-INVITE keeps the hold state. A 481 (or 408) means the far end hung up during the outage.
   */
  private refreshDialogs(): void {
    for (const leg of this.legs.values()) {
      const run = async () => {
        const session = leg.session;
        if (session.state !== SessionState.Established) return;
        await new Promise<void>((resolve) => {
          session
            .invite({
              requestDelegate: {
                onAccept: () => resolve(),
                onReject: (response) => {
                  const status = response.message.statusCode ?? 0;
                  if (status === 481 || status === 408) {
                    leg.localEnd ??= 'remote_hangup';
                    if (session.state === SessionState.Established) void session.bye().catch(() => undefined);
                  }
                  resolve();
                },
              },
            })
            .catch(() => resolve());
        });
      };
      void enqueueReinvite(leg, run);
    }
  }

  /** `held` is reported only once the far end answered the re-INVITE. */
  private setHold(leg: Leg, hold: boolean): Promise<void> {
    const run = async () => {
      if (leg.held === hold) return;
      if (leg.session.state !== SessionState.Established) throw new SoftphoneAdapterError('not_active');
      const session = leg.session;
      session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold } as typeof session.sessionDescriptionHandlerOptionsReInvite;
      await new Promise<void>((resolve, reject) => {
        session
          .invite({
            requestDelegate: {
              onAccept: () => {
                leg.held = hold;
                this.applyTracks(leg);
                if (!hold) leg.quality.expectSilence(Date.now());
                this.updateInfo(leg, { state: hold ? 'held' : 'active' });
                resolve();
              },
              onReject: (response) => {
                session.sessionDescriptionHandlerOptionsReInvite = { ...session.sessionDescriptionHandlerOptionsReInvite, hold: !hold } as typeof session.sessionDescriptionHandlerOptionsReInvite;
                reject(new SoftphoneAdapterError(`${hold ? 'hold' : 'unhold'}_rejected_${response.message.statusCode ?? 0}`));
              },
            },
          })
          .catch((error: unknown) => reject(error instanceof Error ? error : new SoftphoneAdapterError('hold_failed')));
      });
    };
    return enqueueReinvite(leg, run);
  }

  mute(callId: string, muted: boolean): void {
    const leg = this.requireLeg(callId);
    this.updateInfo(leg, { muted });
    this.applyTracks(leg);
  }

  /** Mute silences the microphone only; hold also stops what we send (mixed conference track included) and hear. */
  private applyTracks(leg: Leg): void {
    const pc = peerConnectionOf(leg.session);
    if (!pc) return;
    if (leg.mic) leg.mic.enabled = !leg.info.muted && !leg.held;
    for (const sender of pc.getSenders()) {
      if (sender.track && sender.track !== leg.mic) sender.track.enabled = !leg.held;
    }
    for (const receiver of pc.getReceivers()) receiver.track.enabled = !leg.held;
  }

  /** SIP INFO application/dtmf-relay: reaches any SIP peer, unlike RFC 4733 which needs an RTP-aware far end. */
  sendDtmf(callId: string, tones: string): void {
    const leg = this.requireLeg(callId);
    if (!/^[0-9A-D#*]+$/i.test(tones)) throw new SoftphoneAdapterError('invalid_dtmf');
    if (leg.session.state !== SessionState.Established) throw new SoftphoneAdapterError('not_active');
    for (const tone of tones.toUpperCase()) {
      leg.reinvites = leg.reinvites.then(() =>
        leg.session
          .info({
            requestOptions: {
              body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160\r\n` },
            },
          })
          .catch(() => this.emit({ type: 'error', callId, code: 'dtmf_failed' })),
      );
    }
  }

  // ---------------------------------------------------------------- transfers

  async transferBlind(callId: string, target: string): Promise<void> {
    const leg = this.requireLeg(callId);
    if (leg.session.state !== SessionState.Established) throw new SoftphoneAdapterError('not_active');
    leg.transferring = true;
    try {
      await this.referAndWait(leg, this.targetUri(target));
    } catch (error) {
      leg.transferring = false;
      this.emitError(callId, error, 'transfer_failed');
      throw error;
    }
    // The far end reported the new call answered (NOTIFY 200): only now is our leg redundant.
    await this.endLeg(leg, 'transferred');
  }

  async startConsult(callId: string, target: string): Promise<string> {
    const leg = this.requireLeg(callId);
    await this.setHold(leg, true);
    try {
      return await this.dialLeg(target, callId);
    } catch (error) {
      await this.setHold(leg, false).catch(() => undefined);
      this.emitError(callId, error, 'consult_failed');
      throw error;
    }
  }

  async completeConsult(callId: string, consultCallId: string): Promise<void> {
    const leg = this.requireLeg(callId);
    const consult = this.requireLeg(consultCallId);
    if (consult.session.state !== SessionState.Established) throw new SoftphoneAdapterError('consult_not_answered');
    leg.transferring = true;
    consult.transferring = true;
    try {
      // REFER with Replaces: the customer calls the consulted party, who swaps it for our consult leg.
      await this.referAndWait(leg, consult.session);
    } catch (error) {
      leg.transferring = false;
      consult.transferring = false;
      this.emitError(callId, error, 'transfer_failed');
      if (!this.legs.has(consult.id)) await this.setHold(leg, false).catch(() => undefined);
      throw error;
    }
    await Promise.all([this.endLeg(leg, 'transferred'), this.endLeg(consult, 'transferred')]);
  }

  async cancelConsult(callId: string, consultCallId: string): Promise<void> {
    const consult = this.requireLeg(consultCallId);
    if (consult.info.consultFor !== callId) throw new SoftphoneAdapterError('not_a_consult');
    // The consult leg's end handler takes the customer off hold.
    await this.endLeg(consult, 'consult_cancelled');
  }

  /** Resolves on NOTIFY "200"; rejects on a REFER refusal, a failing sipfrag or a timeout. */
  private referAndWait(leg: Leg, referTo: URI | Session): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (error: SoftphoneAdapterError | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => settle(new SoftphoneAdapterError('transfer_timeout')), this.options.transferTimeoutMs);
      leg.session
        .refer(referTo, {
          requestDelegate: {
            onReject: (response) => settle(new SoftphoneAdapterError(sipStatusCode(response.message.statusCode ?? 0, 'transfer'))),
          },
          onNotify: (notification: Notification) => {
            void notification.accept().catch(() => undefined);
            const status = sipFragStatus(notification.request.body);
            if (status === null || status < 200) return;
            settle(status < 300 ? null : new SoftphoneAdapterError(sipStatusCode(status, 'transfer')));
          },
        })
        .catch(() => settle(new SoftphoneAdapterError('transfer_failed')));
    });
  }

  // ---------------------------------------------------------------- conference

  async conference(callIds: string[]): Promise<void> {
    const legs = callIds.map((id) => this.requireLeg(id));
    if (legs.length < 2) throw new SoftphoneAdapterError('conference_needs_two_calls');
    await Promise.all(legs.map((leg) => this.setHold(leg, false)));
    await this.mixer?.stop();
    const parties = legs.map((leg) => {
      const pc = peerConnectionOf(leg.session);
      const sender = pc?.getSenders().find((s) => s.track?.kind === 'audio' || s.track === null);
      // The receiver's own track, not sip.js's remote stream: while a leg is held its track is taken
      // out of that stream and only put back when the unhold's answer arrives, so a mix wired from
      // the stream just after unhold could miss the party altogether (one side of the conference silent).
      const heard = heardTracks(leg.session);
      if (!pc || !sender || !leg.mic || heard.length === 0) throw new SoftphoneAdapterError('conference_no_media');
      return { id: leg.id, mic: leg.mic, remote: new MediaStream(heard), sender };
    });
    const mixer = new ConferenceMixer();
    this.mixer = mixer;
    await mixer.start(parties);
    for (const leg of legs) {
      leg.info.consultFor = null;
      this.updateInfo(leg, { conferenceWith: callIds.filter((id) => id !== leg.id) });
      this.applyTracks(leg);
    }
  }

  /** A party left: the rest is a plain call again (two or more left keep mixing). */
  private async shrinkConference(left: Leg): Promise<void> {
    const mixer = this.mixer;
    if (!mixer || !mixer.has(left.id)) return;
    const remaining = mixer.ids().filter((id) => id !== left.id && this.legs.has(id));
    this.mixer = null;
    await mixer.stop();
    for (const id of remaining) {
      const leg = this.legs.get(id);
      if (leg) this.updateInfo(leg, { conferenceWith: [] });
    }
    if (remaining.length >= 2) await this.conference(remaining);
  }

  // ---------------------------------------------------------------- devices

  async setDevices(devices: Partial<AudioDevices>): Promise<void> {
    const inputChanged = devices.inputId !== undefined && devices.inputId !== this.devices.inputId;
    this.devices = { ...this.devices, ...devices };
    if (devices.outputId !== undefined) {
      await Promise.all([...this.legs.values()].map((leg) => (leg.audio ? setSink(leg.audio, this.devices.outputId) : undefined)));
    }
    if (!inputChanged) return;
    // Switch the microphone under running calls with replaceTrack: no renegotiation, no gap in the far end's audio.
    for (const leg of this.legs.values()) {
      const pc = peerConnectionOf(leg.session);
      if (!pc || !leg.mic) continue;
      const stream = await this.getMicrophone({ audio: true, video: false });
      const mic = stream.getAudioTracks()[0];
      if (!mic) continue;
      const old = leg.mic;
      if (this.mixer?.has(leg.id)) {
        this.mixer.replaceMic(leg.id, mic);
      } else {
        const sender = pc.getSenders().find((s) => s.track === old);
        await sender?.replaceTrack(mic);
      }
      const local = localStreamOf(leg.session);
      if (local) {
        local.removeTrack(old);
        local.addTrack(mic);
      }
      leg.mic = mic;
      old.stop();
      this.applyTracks(leg);
    }
  }

  private async getMicrophone(constraints: MediaStreamConstraints): Promise<MediaStream> {
    if (!constraints.audio) return new MediaStream();
    const audio: MediaTrackConstraints | boolean = this.devices.inputId ? { deviceId: { exact: this.devices.inputId } } : true;
    try {
      return await navigator.mediaDevices.getUserMedia({ audio, video: false });
    } catch (error) {
      const code = mediaErrorCode(error) ?? 'no_microphone';
      this.emit({ type: 'error', callId: null, code });
      throw new SoftphoneAdapterError(code);
    }
  }

  // ---------------------------------------------------------------- legs, media and quality

  private addLeg(session: Session, fields: Pick<CallInfo, 'direction' | 'remoteUri' | 'remoteNumber' | 'displayName' | 'state' | 'ivr' | 'consultFor'>): Leg {
    let resolveEnded = () => {};
    const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
    const leg: Leg = {
      id: session.id,
      session,
      info: { callId: session.id, muted: false, answeredAt: null, conferenceWith: [], endReason: null, ...fields },
      held: false,
      reinvites: Promise.resolve(),
      audio: null,
      mic: null,
      quality: new CallQualityTracker(session.id, Date.now()),
      localEnd: null,
      transferring: false,
      ended,
      resolveEnded,
    };
    this.legs.set(leg.id, leg);
    session.delegate = {
      ...session.delegate,
      onBye: (bye) => {
        leg.localEnd ??= 'remote_hangup';
        void bye.accept();
      },
      onInfo: (info: Info) => {
        void info.accept();
        const tone = /Signal\s*=\s*([0-9A-D#*])/i.exec(info.request.body ?? '')?.[1];
        if (tone) this.emit({ type: 'dtmf', callId: leg.id, tone: tone.toUpperCase() });
      },
      // We never follow a REFER from the far end: the agent decides transfers, not the customer.
      onRefer: (referral) => void referral.reject().catch(() => undefined),
    };
    session.stateChange.addListener((state) => {
      if (state === SessionState.Established) this.onEstablished(leg);
      else if (state === SessionState.Terminated) void this.onTerminated(leg);
    });
    return leg;
  }

  private onEstablished(leg: Leg): void {
    leg.mic = localStreamOf(leg.session)?.getAudioTracks()[0] ?? null;
    // Play the receiver's own track rather than sip.js's remote stream, which loses its track while
    // the call is held and regains it only when the unhold's answer arrives. A remote WebRTC track
    // that no media element plays is silent to Web Audio in Chromium, so this also keeps the
    // conference mix fed from the first moment after an unhold.
    const heard = heardTracks(leg.session);
    const remote = heard.length ? new MediaStream(heard) : remoteStreamOf(leg.session);
    if (remote) {
      const audio = document.createElement('audio');
      audio.autoplay = true;
      audio.hidden = true;
      audio.dataset.zuoxiCall = leg.id;
      audio.srcObject = remote;
      (this.options.audioHost ?? document.body).appendChild(audio);
      void setSink(audio, this.devices.outputId);
      void audio.play().catch(() => undefined);
      leg.audio = audio;
    }
    leg.quality.expectSilence(Date.now());
    this.applyTracks(leg);
    this.updateInfo(leg, { state: 'active', answeredAt: Date.now() });
    this.ensureStatsTimer();
  }

  private async onTerminated(leg: Leg): Promise<void> {
    if (!this.legs.has(leg.id)) return;
    this.legs.delete(leg.id);
    // sip.js moves to Terminated before it calls the request delegate's onReject: let that set the reason first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    leg.audio?.remove();
    if (leg.audio) leg.audio.srcObject = null;
    leg.audio = null;
    const reason = leg.localEnd ?? (leg.info.answeredAt === null ? 'not_answered' : 'remote_hangup');
    this.updateInfo(leg, { state: 'ended', endReason: reason, conferenceWith: [] });
    try {
      await this.shrinkConference(leg);
      await this.afterConsultEnded(leg, reason);
    } finally {
      if (this.legs.size === 0) this.stopStatsTimer();
      leg.resolveEnded();
    }
  }

  /** No orphan legs and no customer left on hold: a consult that ends without a completed transfer gives the customer back. */
  private async afterConsultEnded(leg: Leg, reason: string): Promise<void> {
    const customer = leg.info.consultFor ? this.legs.get(leg.info.consultFor) : undefined;
    if (!customer || leg.transferring || customer.transferring) return;
    if (reason !== 'consult_cancelled' && reason !== 'local_hangup') {
      const code = reason.startsWith('call_') ? reason.replace(/^call_/, 'consult_') : 'consult_ended';
      this.emit({ type: 'error', callId: customer.id, code });
    }
    if (customer.held) await this.setHold(customer, false).catch((error: unknown) => this.emitError(customer.id, error, 'unhold_failed'));
  }

  private ensureStatsTimer(): void {
    if (this.statsTimer) return;
    this.statsTimer = setInterval(() => void this.sampleQuality(), this.options.statsIntervalMs);
  }

  private stopStatsTimer(): void {
    if (this.statsTimer) clearInterval(this.statsTimer);
    this.statsTimer = null;
  }

  private async sampleQuality(): Promise<void> {
    for (const leg of [...this.legs.values()]) {
      const pc = peerConnectionOf(leg.session);
      if (!pc || leg.session.state !== SessionState.Established) continue;
      try {
        const report = await pc.getStats();
        const expectingAudio = !leg.held && leg.info.state === 'active';
        const quality = leg.quality.sample(report.values() as Iterable<{ type: string }>, Date.now(), expectingAudio);
        if (this.legs.has(leg.id)) this.emit({ type: 'quality', quality });
      } catch {
        // a peer connection closing under us: the leg's end follows
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private requireLeg(callId: string): Leg {
    const leg = this.legs.get(callId);
    if (!leg) throw new SoftphoneAdapterError('unknown_call');
    return leg;
  }

  private requireRegisteredUa(): UserAgent {
    if (!this.ua || this.registration !== 'registered') throw new SoftphoneAdapterError('not_registered');
    return this.ua;
  }

  /** A bare number or extension dials at our SIP domain; a full sip: URI is used as is. */
  private targetUri(target: string): URI {
    const trimmed = target.trim();
    const domain = this.settings ? (UserAgent.makeURI(this.settings.uri)?.host ?? 'invalid') : 'invalid';
    const uri = UserAgent.makeURI(/^sips?:/i.test(trimmed) ? trimmed : `sip:${trimmed}@${domain}`);
    if (!uri || !trimmed) throw new SoftphoneAdapterError('invalid_target');
    return uri;
  }

  private updateInfo(leg: Leg, patch: Partial<CallInfo>): void {
    leg.info = { ...leg.info, ...patch };
    this.emitCall(leg);
  }

  private emitCall(leg: Leg): void {
    this.emit({ type: 'call', call: { ...leg.info, conferenceWith: [...leg.info.conferenceWith] } });
  }

  private emitError(callId: string | null, error: unknown, fallback: string): void {
    this.emit({ type: 'error', callId, code: error instanceof SoftphoneAdapterError ? error.code : fallback });
  }

  private emit(event: SoftphoneEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // one bad listener must not starve the others
      }
    }
  }

  async dispose(): Promise<void> {
    await this.teardownUserAgent();
    await this.mixer?.stop();
    this.mixer = null;
    this.stopStatsTimer();
    this.listeners.clear();
  }
}

function sdhOf(session: Session): Web.SessionDescriptionHandler | null {
  const sdh = session.sessionDescriptionHandler;
  return sdh instanceof Web.SessionDescriptionHandler ? sdh : null;
}

function peerConnectionOf(session: Session): RTCPeerConnection | null {
  return sdhOf(session)?.peerConnection ?? null;
}

/** What the far end sends us: the receivers' own audio tracks, which stay put through hold and unhold. */
function heardTracks(session: Session): MediaStreamTrack[] {
  return (
    peerConnectionOf(session)
      ?.getReceivers()
      .map((r) => r.track)
      .filter((t) => t.kind === 'audio') ?? []
  );
}

/** Re-INVITEs on one dialog run one at a time (sip.js refuses a second while one is pending). */
function enqueueReinvite(leg: Leg, run: () => Promise<void>): Promise<void> {
  const next = leg.reinvites.then(run, run);
  leg.reinvites = next.catch(() => undefined);
  return next;
}

function remoteStreamOf(session: Session): MediaStream | null {
  return sdhOf(session)?.remoteMediaStream ?? null;
}

function localStreamOf(session: Session): MediaStream | null {
  return sdhOf(session)?.localMediaStream ?? null;
}

async function setSink(audio: HTMLAudioElement, deviceId: string | null): Promise<void> {
  const el = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
  if (typeof el.setSinkId === 'function') await el.setSinkId(deviceId ?? '').catch(() => undefined);
}

/** getUserMedia failures the agent can act on. */
function mediaErrorCode(error: unknown): string | null {
  if (error instanceof SoftphoneAdapterError) return error.code;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'microphone_denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_microphone';
  return null;
}
