import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AudioDevices,
  CallInfo,
  CallQuality,
  RegistrationState,
  SoftphoneEvent,
} from '../port/softphone-port';
import type { RecentCall } from '../lib/recent-call';
import { SoftphoneStorage } from '../lib/softphone-storage';

export type { RecentCall };

export type MicrophoneStatus = 'unknown' | 'ok' | 'denied' | 'no_device' | 'unavailable';
export type TabRole = 'owner' | 'mirror' | 'pending';

export interface SoftphoneNotice {
  code: string;
  callId: string | null;
  at: number;
}

export interface SoftphoneState {
  registration: RegistrationState;
  registrationError: string | null;
  /** Live calls only; an ended call moves to `recent`. */
  calls: Record<string, CallInfo>;
  startedAt: Record<string, number>;
  quality: Record<string, CallQuality>;
  recent: RecentCall[];
  devices: AudioDevices;
  /** The agent's own choice; null means "use the server's default". */
  autoAnswer: boolean | null;
  /** The server's default from SIP settings, used while the agent has not chosen. */
  defaultAutoAnswer: boolean;
  /** Desktop notifications for a ringing call even while the desktop is in front (default: only when not). */
  notifyAlways: boolean;
  error: SoftphoneNotice | null;
  microphone: MicrophoneStatus;
  tabRole: TabRole;
  /** Operations waiting for the far end, keyed by call id (e.g. a hold before the re-INVITE answer). */
  pending: Record<string, string>;
}

export interface SoftphoneActions {
  apply(event: SoftphoneEvent): void;
  resetCalls(): void;
  setDevices(devices: Partial<AudioDevices>): void;
  setAutoAnswer(value: boolean): void;
  setDefaultAutoAnswer(value: boolean): void;
  setNotifyAlways(value: boolean): void;
  setError(code: string | null, callId?: string | null): void;
  setMicrophone(status: MicrophoneStatus): void;
  setTabRole(role: TabRole): void;
  setPending(callId: string, op: string | null): void;
  clearRecent(): void;
  /** Another tab changed a persisted choice (devices, auto-answer, notifications, recent calls): adopt it. */
  syncFromStorage(key: string | null): void;
}

export type SoftphoneStore = StoreApi<SoftphoneState & SoftphoneActions>;

export const RECENT_LIMIT = 50;

const NO_DEVICES: AudioDevices = { inputId: null, outputId: null, ringerId: null };

/** `agentId` scopes what is the agent's own (recent calls, auto-answer, notifications) in localStorage. */
export function createSoftphoneStore(now: () => number = Date.now, agentId: string | null = null): SoftphoneStore {
  const persisted = new SoftphoneStorage(agentId);
  const store: SoftphoneStore = createStore<SoftphoneState & SoftphoneActions>()((set, get) => ({
    registration: 'unregistered',
    registrationError: null,
    calls: {},
    startedAt: {},
    quality: {},
    recent: persisted.read('recent', []).slice(0, RECENT_LIMIT),
    devices: persisted.read('devices', NO_DEVICES),
    autoAnswer: persisted.read('autoAnswer', null),
    defaultAutoAnswer: false,
    notifyAlways: persisted.read('notifyAlways', false),
    error: null,
    microphone: 'unknown',
    tabRole: 'pending',
    pending: {},

    apply(event) {
      switch (event.type) {
        case 'registration':
          set({ registration: event.state, registrationError: event.error });
          return;
        case 'quality':
          if (!get().calls[event.quality.callId]) return;
          set((s) => ({ quality: { ...s.quality, [event.quality.callId]: event.quality } }));
          return;
        case 'error':
          set({ error: { code: event.code, callId: event.callId, at: now() } });
          // The adapter's getUserMedia at call time is the truth about the microphone, whatever the probe said.
          if (event.code === 'microphone_denied') set({ microphone: 'denied' });
          if (event.code === 'no_microphone') set({ microphone: 'no_device' });
          return;
        case 'dtmf':
          return;
        case 'call':
          applyCall(event.call);
          return;
      }
    },

    resetCalls() {
      set({ calls: {}, quality: {}, pending: {}, startedAt: {} });
    },

    setDevices(devices) {
      const next = { ...get().devices, ...devices };
      persisted.write('devices', next);
      set({ devices: next });
    },

    setAutoAnswer(value) {
      persisted.write('autoAnswer', value);
      set({ autoAnswer: value });
    },

    setNotifyAlways(value) {
      persisted.write('notifyAlways', value);
      set({ notifyAlways: value });
    },

    setDefaultAutoAnswer(value) {
      set({ defaultAutoAnswer: value });
    },

    setError(code, callId = null) {
      set({ error: code ? { code, callId, at: now() } : null });
    },

    setMicrophone(status) {
      set({ microphone: status });
    },

    setTabRole(role) {
      set({ tabRole: role });
    },

    setPending(callId, op) {
      set((s) => {
        const pending = { ...s.pending };
        if (op) pending[callId] = op;
        else delete pending[callId];
        return { pending };
      });
    },

    clearRecent() {
      persisted.write('recent', []);
      set({ recent: [] });
    },

    syncFromStorage(key) {
      const name = key === null ? null : persisted.nameOf(key);
      if (key !== null && name === null) return;
      if (name === null || name === 'recent') set({ recent: persisted.read('recent', []).slice(0, RECENT_LIMIT) });
      if (name === null || name === 'devices') set({ devices: persisted.read('devices', get().devices) });
      if (name === null || name === 'autoAnswer') set({ autoAnswer: persisted.read('autoAnswer', null) });
      if (name === null || name === 'notifyAlways') set({ notifyAlways: persisted.read('notifyAlways', false) });
    },
  }));
  return store;

  function applyCall(call: CallInfo): void {
    const s = store.getState();
    const startedAt = s.startedAt[call.callId] ?? now();
    if (call.state !== 'ended') {
      store.setState({ calls: { ...s.calls, [call.callId]: call }, startedAt: { ...s.startedAt, [call.callId]: startedAt } });
      return;
    }
    const calls = { ...s.calls };
    delete calls[call.callId];
    const quality = { ...s.quality };
    delete quality[call.callId];
    const pending = { ...s.pending };
    delete pending[call.callId];
    const startedAtMap = { ...s.startedAt };
    delete startedAtMap[call.callId];
    const entry: RecentCall = {
      callId: call.callId,
      direction: call.direction,
      number: call.remoteNumber,
      displayName: call.displayName,
      startedAt,
      answeredAt: call.answeredAt,
      endedAt: now(),
      endReason: call.endReason,
    };
    // Another tab may have recorded the same call already (shared localStorage): keep one entry.
    const stored = persisted.read('recent', s.recent);
    const recent = [entry, ...stored.filter((r) => r.callId !== call.callId)].slice(0, RECENT_LIMIT);
    persisted.write('recent', recent);
    store.setState({ calls, quality, pending, startedAt: startedAtMap, recent });
  }
}
