import type { BusMessage, EventBus } from './event-bus';

/** One instance: publishing is calling the listeners (on a microtask, as a network bus would be async). */
export function createInProcessBus(): EventBus {
  const listeners = new Set<(message: BusMessage) => void>();
  return {
    async publish(message) {
      await Promise.resolve();
      for (const listener of [...listeners]) listener(message);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
