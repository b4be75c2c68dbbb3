import type { RegistrationState, SipSettings } from '../port/softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import { reconnectDelay } from './reconnect-delay';
import type { SipInvitation, SipJs, SipRegisterer, SipUserAgent } from './sip-js-api';
import type { SoftphoneEmitter } from './softphone-emitter';

const INVALID_CREDENTIAL_STATUSES = new Set([401, 403, 407]);

export interface SipRegistrationDeps {
  sipJs: SipJs;
  events: SoftphoneEmitter;
  iceGatheringTimeoutMs: number;
  logLevel: 'debug' | 'log' | 'warn' | 'error';
  random: () => number;
  getMicrophone(constraints: MediaStreamConstraints): Promise<MediaStream>;
  onInvite(invitation: SipInvitation): void;
  hasCalls(): boolean;
  /** Ends every call (the user agent is going away). */
  endCalls(): Promise<unknown>;
  /** Re-INVITEs every call over the new connection (see refresh-dialogs). */
  refreshDialogs(): void;
}

/** Registration and its transport: REGISTER, reconnect with back-off after a loss, teardown. */
export class SipRegistration {
  private ua: SipUserAgent | null = null;
  private registerer: SipRegisterer | null = null;
  private settings: SipSettings | null = null;
  private registration: RegistrationState = 'unregistered';
  /** Set by unregister/dispose/bad credentials: no reconnect may follow. */
  private stopped = true;
  private reconnectAttempt = 0;
  /** The transport dropped while calls were up: their dialogs still route to the dead connection. */
  private staleDialogs = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: SipRegistrationDeps) {}

  /** Our own SIP URI (the domain bare numbers are dialed at), from the last settings registered with. */
  get ownUri(): string | null {
    return this.settings?.uri ?? null;
  }

  async register(settings: SipSettings): Promise<void> {
    await this.teardown();
    const uri = this.deps.sipJs.makeURI(settings.uri);
    if (!uri) {
      this.setRegistration('failed', 'invalid_uri');
      throw new SoftphoneError('invalid_uri');
    }
    this.settings = settings;
    this.stopped = false;
    this.reconnectAttempt = 0;
    const ua = this.deps.sipJs.createUserAgent({
      uri,
      settings,
      iceGatheringTimeoutMs: this.deps.iceGatheringTimeoutMs,
      logLevel: this.deps.logLevel,
      getMicrophone: (constraints) => this.deps.getMicrophone(constraints),
      onInvite: (invitation) => this.deps.onInvite(invitation),
      onDisconnect: (error) => this.onTransportDown(error),
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
    await this.teardown();
    this.setRegistration('unregistered', null);
  }

  requireRegisteredUa(): SipUserAgent {
    if (!this.ua || this.registration !== 'registered') throw new SoftphoneError('not_registered');
    return this.ua;
  }

  async teardown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const ua = this.ua;
    const registerer = this.registerer;
    this.ua = null;
    this.registerer = null;
    if (!ua) return;
    // Bounded: with the transport already gone a BYE can wait for a timer; leaving must not.
    await Promise.race([this.deps.endCalls(), new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (registerer && registerer.state === 'Registered' && ua.isConnected()) {
      await registerer.unregister().catch(() => undefined);
    }
    await registerer?.dispose().catch(() => undefined);
    await ua.stop().catch(() => undefined);
  }

  private makeRegisterer(ua: SipUserAgent): SipRegisterer {
    const registerer = this.deps.sipJs.createRegisterer(ua, { expires: 300 });
    registerer.stateChange.addListener((state) => {
      if (this.registerer !== registerer) return;
      if (state === 'Registered') {
        this.markRegistered();
      } else if (state === 'Unregistered' && this.registration === 'registered') {
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
                reject(new SoftphoneError('invalid_credentials'));
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
      this.deps.refreshDialogs();
    }
  }

  private onTransportDown(error?: Error): void {
    if (this.stopped || !error) return;
    if (this.deps.hasCalls()) this.staleDialogs = true;
    this.setRegistration('unregistered', 'transport_lost');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = reconnectDelay(this.reconnectAttempt++, this.deps.random);
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
  private replaceRegisterer(ua: SipUserAgent): void {
    const old = this.registerer;
    this.registerer = this.makeRegisterer(ua);
    old?.clearTimers?.();
  }

  private setRegistration(state: RegistrationState, error: string | null): void {
    this.registration = state;
    this.deps.events.emit({ type: 'registration', state, error });
  }
}
