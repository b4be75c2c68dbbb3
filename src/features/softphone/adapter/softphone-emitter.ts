import type { SoftphoneEvent } from '../port/softphone-port';
import { SoftphoneError } from '../lib/softphone-error';

/** The adapter's subscribers, and how an event or a failed action reaches them. */
export class SoftphoneEmitter {
  private readonly listeners = new Set<(event: SoftphoneEvent) => void>();

  subscribe(listener: (event: SoftphoneEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: SoftphoneEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // one bad listener must not starve the others
      }
    }
  }

  /** A failed action: its own code if it has one, else `fallback`. */
  emitError(callId: string | null, error: unknown, fallback: string): void {
    this.emit({ type: 'error', callId, code: error instanceof SoftphoneError ? error.code : fallback });
  }

  clear(): void {
    this.listeners.clear();
  }
}
