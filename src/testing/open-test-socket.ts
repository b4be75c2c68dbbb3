import { REALTIME_PATH, type RealtimeEvent, type ServerFrame } from '@/contract/events';
import type { TestSession } from './use-mock-server';

export interface TestSocket {
  events: RealtimeEvent[];
  /** Resolves once an event of this type arrived (already or later). */
  next(type: RealtimeEvent['type']): Promise<RealtimeEvent>;
  close(): void;
}

/** Opens the mock realtime socket as the app would and collects the events it is sent. */
export async function openTestSocket(session: TestSession): Promise<TestSocket> {
  const socket = new WebSocket(`ws://${location.host}${REALTIME_PATH}`);
  const events: RealtimeEvent[] = [];
  const waiters: { type: string; resolve: (e: RealtimeEvent) => void }[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => socket.send(JSON.stringify({ op: 'hello', csrf: session.csrf, lastSeq: null })));
    socket.addEventListener('message', (message: MessageEvent) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      if (frame.op === 'ready') resolve();
      else if (frame.op === 'error') reject(new Error(frame.code));
      else if (frame.op === 'event') {
        events.push(frame.event);
        for (const waiter of waiters.filter((w) => w.type === frame.event.type)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(frame.event);
        }
      }
    });
    socket.addEventListener('error', () => reject(new Error('socket error')));
  });
  return {
    events,
    next(type) {
      const seen = events.find((e) => e.type === type);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ type, resolve }));
    },
    close: () => socket.close(),
  };
}
