import type { RealtimeEvent } from '@/contract/events';

/** What instances tell each other: events stored for users, or a control (test mode drops every socket). */
export type BusMessage =
  | { kind: 'events'; items: { userId: string; event: RealtimeEvent }[] }
  | { kind: 'drop-sockets'; downForMs: number; from: string };

/**
 * The fan-out between BFF instances. The event itself is already stored (with its seq) before it is
 * published here, so a lost message costs latency, never an event: receivers fill gaps from the store.
 */
export interface EventBus {
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: (message: BusMessage) => void): () => void;
  close(): Promise<void>;
}
