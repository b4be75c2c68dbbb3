/**
 * The softphone port: everything the desktop needs from a phone, and nothing of sip.js.
 * The sip.js adapter implements it for real; the fake implements it for unit tests and mock mode.
 * Injected by SoftphoneProvider, never imported as a singleton.
 */
export type RegistrationState = 'unregistered' | 'registering' | 'registered' | 'failed';

export type CallDirection = 'inbound' | 'outbound';

/** `held` is shown only once the far end confirmed the hold (re-INVITE answered). */
export type CallState = 'ringing' | 'dialing' | 'early' | 'active' | 'held' | 'ended';

export interface CallInfo {
  callId: string;
  direction: CallDirection;
  remoteUri: string;
  remoteNumber: string;
  displayName: string | null;
  state: CallState;
  muted: boolean;
  /** Epoch ms when media was established; null before answer. */
  answeredAt: number | null;
  /** X-headers or IVR data carried on the INVITE (intent, queue, verified). */
  ivr: { intent: string | null; queueId: string | null; verified: boolean } | null;
  /** Set when this call is a consult leg of another call. */
  consultFor: string | null;
  /** Calls mixed into one conference with this one. */
  conferenceWith: string[];
  endReason: string | null;
}

export interface SipSettings {
  wsUrl: string;
  uri: string;
  authorizationUsername: string;
  authorizationPassword: string;
  displayName: string;
  iceServers: { urls: string | string[]; username?: string; credential?: string }[];
}

export interface CallQuality {
  callId: string;
  rttMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
  mos: number | null;
  inboundBytes: number;
  outboundBytes: number;
  /** Inbound audio has not grown for a few seconds while the call is active (one-way audio). */
  inboundStalled: boolean;
}

export interface AudioDevices {
  inputId: string | null;
  outputId: string | null;
  ringerId: string | null;
}

export type SoftphoneEvent =
  | { type: 'registration'; state: RegistrationState; error: string | null }
  | { type: 'call'; call: CallInfo }
  | { type: 'quality'; quality: CallQuality }
  | { type: 'dtmf'; callId: string; tone: string }
  | { type: 'error'; callId: string | null; code: string };

export interface SoftphonePort {
  register(settings: SipSettings): Promise<void>;
  unregister(): Promise<void>;
  dial(target: string): Promise<string>;
  answer(callId: string): Promise<void>;
  reject(callId: string): Promise<void>;
  hangup(callId: string): Promise<void>;
  hold(callId: string): Promise<void>;
  unhold(callId: string): Promise<void>;
  mute(callId: string, muted: boolean): void;
  sendDtmf(callId: string, tones: string): void;
  transferBlind(callId: string, target: string): Promise<void>;
  /** Holds `callId` and dials `target` as a consult leg; resolves with the consult call id. */
  startConsult(callId: string, target: string): Promise<string>;
  completeConsult(callId: string, consultCallId: string): Promise<void>;
  cancelConsult(callId: string, consultCallId: string): Promise<void>;
  conference(callIds: string[]): Promise<void>;
  setDevices(devices: Partial<AudioDevices>): Promise<void>;
  subscribe(listener: (event: SoftphoneEvent) => void): () => void;
  dispose(): Promise<void>;
}
