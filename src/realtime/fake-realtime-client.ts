import type { RealtimeEvent } from '@/contract/events';
import type { RealtimeClient } from './realtime-client';
import { createHandlerRegistry } from './realtime-handler-registry';
import type { RealtimeStatus } from './realtime-status';
import { createStatusStore } from './realtime-status-store';

export interface FakeRealtimeClient extends RealtimeClient {
  /** Delivers an event to the handlers registered for its type, as the real client does after dedup. */
  emit(event: RealtimeEvent): void;
  /** Plays a server `resync`. */
  resync(lastSeq?: number): void;
  setStatus(status: Partial<RealtimeStatus>): void;
  calls: { connect: number; disconnect: number; reconnectNow: number };
}

/** For component and feature tests that need events or a connection state without a socket. */
export function createFakeRealtimeClient(status: Partial<RealtimeStatus> = {}): FakeRealtimeClient {
  // Rethrow, so a failing handler fails the test instead of being logged away.
  const registry = createHandlerRegistry({
    error: (_message: unknown, error: unknown) => {
      throw error;
    },
  });
  const store = createStatusStore(status);
  const calls = { connect: 0, disconnect: 0, reconnectNow: 0 };
  let lastSeq: number | null = null;

  return {
    calls,
    connect: () => void (calls.connect += 1),
    disconnect: () => void (calls.disconnect += 1),
    reconnectNow: () => void (calls.reconnectNow += 1),
    on: registry.on,
    onResync: registry.onResync,
    getStatus: store.get,
    subscribeStatus: store.subscribe,
    getLastSeq: () => lastSeq,
    emit(event) {
      lastSeq = event.seq;
      registry.dispatch(event);
    },
    resync(seq = lastSeq ?? 0) {
      lastSeq = seq;
      registry.dispatchResync({ lastSeq: seq });
    },
    setStatus: store.set,
  };
}
