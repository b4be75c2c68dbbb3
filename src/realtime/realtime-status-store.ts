import { initialRealtimeStatus, type RealtimeStatus } from './realtime-status';

export interface RealtimeStatusStore {
  get(): RealtimeStatus;
  /** Replaces the status; listeners hear only real changes, and `get` keeps its identity otherwise (useSyncExternalStore). */
  set(next: Partial<RealtimeStatus>): void;
  subscribe(listener: () => void): () => void;
}

export function createStatusStore(initial: Partial<RealtimeStatus> = {}): RealtimeStatusStore {
  let status: RealtimeStatus = { ...initialRealtimeStatus, ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set(next) {
      const merged = { ...status, ...next };
      if ((Object.keys(merged) as Array<keyof RealtimeStatus>).every((key) => merged[key] === status[key])) return;
      status = merged;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
