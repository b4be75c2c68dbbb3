import type { RealtimeEvent, RealtimeEventOf, RealtimeEventType } from '@/contract/events';

export type RealtimeEventHandler<T extends RealtimeEventType> = (event: RealtimeEventOf<T>) => void;
export type RealtimeResyncHandler = (info: { lastSeq: number }) => void;

export interface RealtimeHandlerRegistry {
  on<T extends RealtimeEventType>(type: T, handler: RealtimeEventHandler<T>): () => void;
  onResync(handler: RealtimeResyncHandler): () => void;
  dispatch(event: RealtimeEvent): void;
  dispatchResync(info: { lastSeq: number }): void;
}

/** Feature handlers by event type. One feature's broken handler must not starve the others or kill the stream. */
export function createHandlerRegistry(logger: Pick<Console, 'error'> = console): RealtimeHandlerRegistry {
  const handlers = new Map<RealtimeEventType, Set<(event: RealtimeEvent) => void>>();
  const resyncHandlers = new Set<RealtimeResyncHandler>();

  function callSafely(what: string, call: () => void) {
    try {
      call();
    } catch (error) {
      logger.error(`[realtime] ${what} handler failed`, error);
    }
  }

  return {
    on(type, handler) {
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      // Stored type-erased: dispatch only ever hands a handler the events of the type it was registered for.
      const erased = handler as (event: RealtimeEvent) => void;
      set.add(erased);
      return () => void set.delete(erased);
    },
    onResync(handler) {
      resyncHandlers.add(handler);
      return () => void resyncHandlers.delete(handler);
    },
    dispatch(event) {
      for (const handler of [...(handlers.get(event.type) ?? [])]) callSafely(event.type, () => handler(event));
    },
    dispatchResync(info) {
      for (const handler of [...resyncHandlers]) callSafely('resync', () => handler(info));
    },
  };
}
