import type { SipSettings } from '../port/softphone-port';

/**
 * The part of sip.js 0.21 the adapter uses, and nothing more. real-sip-js.ts wires in the library (the only
 * module that imports it); fake-sip-js.ts stands in for it in unit tests, so the adapter's logic runs
 * without a network. States are sip.js's own string values (SessionState, RegistererState).
 */
export type SipSessionState = 'Initial' | 'Establishing' | 'Established' | 'Terminating' | 'Terminated';
export type SipRegistererState = 'Initial' | 'Registered' | 'Unregistered' | 'Terminated';

export interface SipEmitter<T> {
  addListener(listener: (data: T) => void): void;
}

export interface SipUri {
  readonly user: string | undefined;
  readonly host: string;
  toString(): string;
}

export interface SipResponse {
  readonly message: { readonly statusCode?: number };
}

export interface SipRequestDelegate {
  onAccept?(response: SipResponse): void;
  onProgress?(response: SipResponse): void;
  onReject?(response: SipResponse): void;
}

/** An in-dialog request the far end sent us and we answer: BYE, INFO, NOTIFY. */
export interface SipIncomingRequest {
  readonly request: { readonly body?: string };
  accept(): Promise<void>;
}

export interface SipReferral {
  reject(): Promise<void>;
}

export interface SipSessionDelegate {
  onBye?(bye: SipIncomingRequest): void;
  onInfo?(info: SipIncomingRequest): void;
  onRefer?(referral: SipReferral): void;
  onCancel?(): void;
}

/** The call's media as sip.js's Web SessionDescriptionHandler (the only kind real-sip-js configures) holds it. */
export interface SipMediaHandler {
  readonly peerConnection: RTCPeerConnection | undefined;
  readonly localMediaStream: MediaStream;
  readonly remoteMediaStream: MediaStream;
}

export interface SipSession {
  readonly id: string;
  readonly state: SipSessionState;
  readonly stateChange: SipEmitter<SipSessionState>;
  delegate: SipSessionDelegate | undefined;
  readonly sessionDescriptionHandler: SipMediaHandler | undefined;
  sessionDescriptionHandlerOptionsReInvite: { hold?: boolean };
  /** A re-INVITE (the initial INVITE is Inviter.invite). */
  invite(options: { requestDelegate: SipRequestDelegate }): Promise<unknown>;
  /** REFER; a session as target sends Refer-To with Replaces (attended transfer). */
  refer(
    referTo: SipUri | SipSession,
    options: { requestDelegate: SipRequestDelegate; onNotify: (notification: SipIncomingRequest) => void },
  ): Promise<unknown>;
  bye(): Promise<unknown>;
  info(options: { requestOptions: { body: { contentDisposition: string; contentType: string; content: string } } }): Promise<unknown>;
  dispose(): Promise<void>;
}

export interface SipMediaOptions {
  sessionDescriptionHandlerOptions: { constraints: MediaStreamConstraints };
}

/** An outbound call: the INVITE we send. */
export interface SipInviter extends SipSession {
  /** Before the first INVITE was sent, `invite()` sends it; later ones are re-INVITEs. */
  cancel(): Promise<void>;
}

/** An inbound call: the INVITE we received. */
export interface SipInvitation extends SipSession {
  readonly request: { getHeader(name: string): string | undefined };
  readonly remoteIdentity: { readonly uri: SipUri; readonly displayName: string };
  accept(options: SipMediaOptions): Promise<void>;
  reject(options: { statusCode: number }): Promise<void>;
}

export interface SipRegisterer {
  readonly state: SipRegistererState;
  readonly stateChange: SipEmitter<SipRegistererState>;
  register(options: { requestDelegate: SipRequestDelegate }): Promise<unknown>;
  unregister(): Promise<unknown>;
  dispose(): Promise<void>;
  /** Private in sip.js: stops the refresh timer without un-REGISTERing (see SipRegistration). */
  clearTimers?(): void;
}

export interface SipUserAgent {
  start(): Promise<void>;
  stop(): Promise<void>;
  isConnected(): boolean;
  reconnect(): Promise<void>;
}

export interface SipUserAgentOptions {
  uri: SipUri;
  settings: SipSettings;
  iceGatheringTimeoutMs: number;
  logLevel: 'debug' | 'log' | 'warn' | 'error';
  /** Every microphone a call opens comes from here (the agent's chosen input). */
  getMicrophone(constraints: MediaStreamConstraints): Promise<MediaStream>;
  onInvite(invitation: SipInvitation): void;
  /** `error` is set when the transport was lost, not when we stopped it. */
  onDisconnect(error?: Error): void;
}

/** The constructors the adapter needs, injected so unit tests can pass fake-sip-js instead. */
export interface SipJs {
  makeURI(text: string): SipUri | undefined;
  createUserAgent(options: SipUserAgentOptions): SipUserAgent;
  createRegisterer(userAgent: SipUserAgent, options: { expires: number }): SipRegisterer;
  createInviter(userAgent: SipUserAgent, target: SipUri, options: SipMediaOptions): SipInviter;
}
