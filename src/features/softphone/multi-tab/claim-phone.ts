import { SOFTPHONE_LOCK, type TabLocks } from './tab-protocol';

export interface ClaimPhoneHandlers {
  /** This tab holds the lock: it registers and plays audio. */
  onOwner(): void;
  /** Another tab holds the lock: this one mirrors it and waits in the queue. */
  onMirror(): void;
}

/**
 * One phone per agent: the tab holding the Web Lock owns registration and audio. Waiting tabs queue on
 * the same lock, so when the owner closes the browser hands it to the next tab at once (well within the
 * 3 s the issue allows). Without Web Locks (jsdom, old browsers) this tab simply owns the phone.
 * Returns a release function.
 */
export function claimPhone(locks: TabLocks | null | undefined, handlers: ClaimPhoneHandlers): () => void {
  if (!locks) {
    handlers.onOwner();
    return () => {};
  }
  let released = false;
  let release: () => void = () => {};
  const abort = new AbortController();
  const hold = (): Promise<void> => {
    if (released) return Promise.resolve();
    handlers.onOwner();
    return new Promise<void>((resolve) => {
      release = resolve;
    });
  };
  locks
    .request(SOFTPHONE_LOCK, { ifAvailable: true }, async (lock) => {
      if (lock) return hold();
      if (released) return;
      handlers.onMirror();
      // Queue outside this callback so the ifAvailable request (and its null lock) completes.
      void locks.request(SOFTPHONE_LOCK, { signal: abort.signal }, hold).catch(() => {});
    })
    .catch(() => {});
  return () => {
    released = true;
    abort.abort();
    release();
  };
}
