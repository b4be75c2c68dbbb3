import type { AudioDevices } from '../port/softphone-port';
import type { RecentCall } from './recent-call';

/** Everything the softphone keeps in localStorage, by name. */
export interface PersistedSoftphone {
  devices: AudioDevices;
  recent: RecentCall[];
  autoAnswer: boolean | null;
  notifyAlways: boolean;
}

export type PersistedName = keyof PersistedSoftphone;

const PREFIX = 'zuoxi.softphone.';

// Devices belong to the machine; recent calls and the agent's choices belong to the agent, so on a
// shared (hot-desk) workstation the next agent never sees the last one's callers.
const PER_AGENT: Record<PersistedName, boolean> = { devices: false, recent: true, autoAnswer: true, notifyAlways: true };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** What a stored value must look like; anything else (garbage, another version's shape) reads as absent. */
const PARSE: { [K in PersistedName]: (raw: unknown) => PersistedSoftphone[K] | undefined } = {
  devices: (raw) => (isObject(raw) ? { inputId: stringOrNull(raw.inputId), outputId: stringOrNull(raw.outputId), ringerId: stringOrNull(raw.ringerId) } : undefined),
  recent: (raw) =>
    Array.isArray(raw)
      ? raw.filter(
          (r): r is RecentCall =>
            isObject(r) && typeof r.callId === 'string' && typeof r.number === 'string' && typeof r.startedAt === 'number' && (r.direction === 'inbound' || r.direction === 'outbound'),
        )
      : undefined,
  autoAnswer: (raw) => (typeof raw === 'boolean' || raw === null ? raw : undefined),
  notifyAlways: (raw) => (typeof raw === 'boolean' ? raw : undefined),
};

/** localStorage, or null where it is disabled (reading the property itself can throw). */
function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** True for a storage key of the softphone's (another tab changed a choice). */
export function isSoftphoneStorageKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * The softphone's one way to localStorage: `zuoxi.softphone.<name>` for the machine's choices,
 * `zuoxi.softphone.<name>.<agentId>` for the agent's. Disabled storage and unreadable values fall back,
 * a full quota loses the write.
 */
export class SoftphoneStorage {
  constructor(private readonly agentId: string | null) {
    // Unscoped recent calls from before scoping cannot be attributed to anyone: drop them.
    if (agentId) this.remove(`${PREFIX}recent`);
  }

  key(name: PersistedName): string {
    return PER_AGENT[name] && this.agentId ? `${PREFIX}${name}.${this.agentId}` : `${PREFIX}${name}`;
  }

  /** The name a storage key stands for here, or null (another agent's, or not ours). */
  nameOf(key: string): PersistedName | null {
    return (Object.keys(PER_AGENT) as PersistedName[]).find((name) => this.key(name) === key) ?? null;
  }

  read<K extends PersistedName>(name: K, fallback: PersistedSoftphone[K]): PersistedSoftphone[K] {
    try {
      const raw = local()?.getItem(this.key(name));
      return raw ? (PARSE[name](JSON.parse(raw)) ?? fallback) : fallback;
    } catch {
      return fallback;
    }
  }

  write<K extends PersistedName>(name: K, value: PersistedSoftphone[K]): void {
    try {
      local()?.setItem(this.key(name), JSON.stringify(value));
    } catch {
      // Private mode or a full quota: the choice simply does not survive a reload.
    }
  }

  private remove(key: string): void {
    try {
      local()?.removeItem(key);
    } catch {
      // storage unavailable: nothing to drop
    }
  }
}
