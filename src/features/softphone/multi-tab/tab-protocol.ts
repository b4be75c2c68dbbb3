import type { CallInfo, RegistrationState, SoftphoneEvent } from '../port/softphone-port';

export const SOFTPHONE_CHANNEL = 'zuoxi-softphone';
export const SOFTPHONE_LOCK = 'zuoxi-softphone';

/** The port methods a mirror tab may ask the owner tab to run. */
export type RemoteMethod =
  | 'dial'
  | 'answer'
  | 'reject'
  | 'hangup'
  | 'hold'
  | 'unhold'
  | 'mute'
  | 'sendDtmf'
  | 'transferBlind'
  | 'startConsult'
  | 'completeConsult'
  | 'cancelConsult'
  | 'conference'
  | 'setDevices';

export interface PhoneSnapshot {
  registration: RegistrationState;
  error: string | null;
  calls: CallInfo[];
}

export type TabMessage =
  | { kind: 'event'; from: string; event: SoftphoneEvent }
  /** A mirror asks for the current truth (on start and whenever a new owner appears). */
  | { kind: 'hello'; from: string }
  | { kind: 'snapshot'; from: string; to: string; snapshot: PhoneSnapshot }
  | { kind: 'owner'; from: string }
  /** The owner tab is going away; mirrors stop showing its phone until the next owner speaks. */
  | { kind: 'bye'; from: string }
  | { kind: 'command'; from: string; id: string; method: RemoteMethod; args: unknown[] }
  | { kind: 'result'; from: string; to: string; id: string; ok: true; value: unknown }
  | { kind: 'result'; from: string; to: string; id: string; ok: false; code: string };

/** What we need of BroadcastChannel; a fake hub implements it in tests. */
export interface TabChannel {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<TabMessage>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<TabMessage>) => void): void;
  close(): void;
}

/** What we need of navigator.locks. */
export interface TabLocks {
  request(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

export function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `tab-${Math.random().toString(36).slice(2)}`;
}
