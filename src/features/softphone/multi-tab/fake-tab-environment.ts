import type { TabChannel, TabLocks, TabMessage } from './tab-protocol';

type Listener = (event: MessageEvent<TabMessage>) => void;

/**
 * In-memory BroadcastChannel hub and Web Locks for tests: each `channel()` is one tab's end; like the
 * real BroadcastChannel a message reaches every other end (async), never the sender.
 */
export class FakeChannelHub {
  private readonly ends = new Set<FakeChannelEnd>();

  channel(): FakeChannelEnd {
    const end = new FakeChannelEnd(this);
    this.ends.add(end);
    return end;
  }

  deliver(from: FakeChannelEnd, message: TabMessage): void {
    const copy = structuredClone(message);
    for (const end of this.ends) if (end !== from) queueMicrotask(() => end.receive(copy));
  }

  remove(end: FakeChannelEnd): void {
    this.ends.delete(end);
  }
}

export class FakeChannelEnd implements TabChannel {
  private readonly listeners = new Set<Listener>();
  readonly sent: TabMessage[] = [];
  closed = false;

  constructor(private readonly hub: FakeChannelHub) {}

  postMessage(message: TabMessage): void {
    if (this.closed) return;
    this.sent.push(message);
    this.hub.deliver(this, message);
  }

  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.hub.remove(this);
  }

  receive(message: TabMessage): void {
    if (this.closed) return;
    for (const l of [...this.listeners]) l({ data: message } as MessageEvent<TabMessage>);
  }
}

/** Exclusive locks with a FIFO queue, `ifAvailable` and abort signals, like navigator.locks. */
export class FakeLocks implements TabLocks {
  private held = new Set<string>();
  private queues = new Map<string, { run: () => void; signal?: AbortSignal }[]>();

  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.held.add(name);
        Promise.resolve()
          .then(() => callback({ name }))
          .then(resolve, reject)
          .finally(() => {
            this.held.delete(name);
            this.next(name);
          });
      };
      if (!this.held.has(name) && (this.queues.get(name)?.length ?? 0) === 0) {
        grant();
        return;
      }
      if (options.ifAvailable) {
        Promise.resolve().then(() => callback(null)).then(resolve, reject);
        return;
      }
      if (options.signal?.aborted) return reject(new DOMException('aborted', 'AbortError'));
      const entry = { run: grant, signal: options.signal };
      options.signal?.addEventListener('abort', () => {
        const q = this.queues.get(name) ?? [];
        const i = q.indexOf(entry);
        if (i >= 0) {
          q.splice(i, 1);
          reject(new DOMException('aborted', 'AbortError'));
        }
      });
      this.queues.set(name, [...(this.queues.get(name) ?? []), entry]);
    });
  }

  private next(name: string): void {
    const q = this.queues.get(name);
    const entry = q?.shift();
    entry?.run();
  }
}
