import { ServerFrame, type ClientFrame, type RealtimeEvent, type RealtimeEventType } from '@/contract/events';

type SocketLike = {
  send(data: string): void;
  close(code?: number): void;
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: { data?: unknown; code?: number }) => void): void;
};

export interface TestSocket {
  /** Every server frame, in order, each checked against the contract. */
  frames: ServerFrame[];
  /** The events among them. */
  events: RealtimeEvent[];
  /** The close code once closed. */
  closed: Promise<number>;
  /** The first event of this type (and matching `where`), already received or still to come. */
  next<T extends RealtimeEventType>(type: T, where?: (event: Extract<RealtimeEvent, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<RealtimeEvent, { type: T }>>;
  /** Resolves once `frames` satisfies the predicate. */
  until(predicate: (frames: ServerFrame[]) => boolean, timeoutMs?: number): Promise<void>;
  send(frame: ClientFrame | string): void;
  close(): void;
}

/**
 * Opens a socket on `open()` and speaks the realtime protocol: `hello` (when `hello` is given) resolves once
 * the server answered `ready`, `resync` or `error`. Frames outside the contract fail the suite.
 */
export async function openTestSocket(open: () => SocketLike, hello: ClientFrame | null): Promise<TestSocket> {
  const socket = open();
  const frames: ServerFrame[] = [];
  const events: RealtimeEvent[] = [];
  const watchers = new Set<() => void>();
  let resolveClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const notify = () => {
    for (const watcher of [...watchers]) watcher();
  };
  socket.addEventListener('message', (message) => {
    const frame = ServerFrame.parse(JSON.parse(String(message.data)));
    frames.push(frame);
    if (frame.op === 'event') events.push(frame.event);
    notify();
  });
  socket.addEventListener('close', (event) => {
    resolveClosed(event.code ?? 1005);
    notify();
  });

  const until = (predicate: (all: ServerFrame[]) => boolean, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!predicate(frames)) return;
        watchers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`socket: condition not met in ${timeoutMs} ms; frames: ${JSON.stringify(frames.map((f) => (f.op === 'event' ? `${f.op}:${f.event.type}#${f.event.seq}` : f.op)))}`));
      }, timeoutMs);
      watchers.add(check);
      check();
    });

  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error('socket error before open')));
  });
  const send = (frame: ClientFrame | string) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  if (hello) {
    send(hello);
    await until((all) => all.some((f) => f.op === 'ready' || f.op === 'resync' || f.op === 'error'));
  }
  return {
    frames,
    events,
    closed,
    until,
    send,
    close: () => socket.close(1000),
    async next(type, where = () => true, timeoutMs = 5000) {
      const find = () => events.find((e) => e.type === type && where(e as never)) as never;
      await until(() => !!find(), timeoutMs);
      return find();
    },
  };
}
