import type { ClientFrame, RealtimeEvent, RealtimeEventOf, RealtimeEventType, ServerFrame } from '@/contract/events';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff-delay';
import { parseServerFrame } from './parse-server-frame';
import { initialRealtimeStatus, type RealtimeStatus } from './realtime-status';

export type RealtimeEventHandler<T extends RealtimeEventType> = (event: RealtimeEventOf<T>) => void;
export type RealtimeResyncHandler = (info: { lastSeq: number }) => void;

export interface RealtimeClientOptions {
  /** Absolute ws(s) URL, or a function read at each attempt. */
  url: string | (() => string);
  getToken: () => string | null | Promise<string | null>;
  /** Called after the server said it can no longer replay what was missed (beside handlers from `onResync`). */
  onResync?: RealtimeResyncHandler;
  /** Called when the server refuses the token (close code 4401); the client then stops for good. */
  onUnauthorized?: () => void;
  now?: () => number;
  random?: () => number;
  heartbeatIntervalMs?: number;
  /** Silence after which the socket is presumed dead. */
  staleAfterMs?: number;
  backoff?: BackoffOptions;
  logger?: Pick<Console, 'warn' | 'error'>;
}

export interface RealtimeClient {
  /** Opens the socket (idempotent). */
  connect(): void;
  /** Closes the socket and forgets the stream position (logout). */
  disconnect(): void;
  /** Skips the back-off wait. */
  reconnectNow(): void;
  on<T extends RealtimeEventType>(type: T, handler: RealtimeEventHandler<T>): () => void;
  onResync(handler: RealtimeResyncHandler): () => void;
  getStatus(): RealtimeStatus;
  subscribeStatus(listener: () => void): () => void;
  getLastSeq(): number | null;
}

export const UNAUTHORIZED_CLOSE_CODE = 4401;
const GAP_CLOSE_CODE = 4000;
/** Gap-triggered resumes in a row before the client gives up resuming and resyncs instead. */
const MAX_GAP_RESUMES = 2;

export function createRealtimeClient(options: RealtimeClientOptions): RealtimeClient {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 15_000;
  const staleAfterMs = options.staleAfterMs ?? 40_000;
  const backoff = options.backoff ?? defaultBackoff;
  const logger = options.logger ?? console;

  const handlers = new Map<RealtimeEventType, Set<(event: RealtimeEvent) => void>>();
  const resyncHandlers = new Set<RealtimeResyncHandler>();
  const statusListeners = new Set<() => void>();
  const logged = new Set<string>();

  let status = initialRealtimeStatus;
  let socket: WebSocket | null = null;
  // Bumped whenever a socket is abandoned, so its late callbacks are ignored.
  let generation = 0;
  let wanted = false;
  let everLive = false;
  let replaying = false;
  let unauthorizedSeen = false;
  let attempt = 0;
  let gapResumes = 0;
  let lastSeq: number | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  let watchdogTimer: ReturnType<typeof setTimeout> | undefined;

  function setStatus(next: Omit<RealtimeStatus, 'closedReason'> & { closedReason?: RealtimeStatus['closedReason'] }) {
    const full: RealtimeStatus = { closedReason: null, ...next };
    if (
      full.state === status.state &&
      full.attempt === status.attempt &&
      full.nextRetryAt === status.nextRetryAt &&
      full.closedReason === status.closedReason
    )
      return;
    status = full;
    for (const listener of [...statusListeners]) listener();
  }

  function logOnce(key: string, message: string) {
    if (logged.has(key)) return;
    logged.add(key);
    logger.warn(`[realtime] ignored ${key}: ${message}`);
  }

  function isOnline() {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  function send(frame: ClientFrame) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  function armWatchdog() {
    clearTimeout(watchdogTimer);
    watchdogTimer = setTimeout(() => {
      abandonSocket(GAP_CLOSE_CODE, 'stale');
      scheduleReconnect();
    }, staleAfterMs);
  }

  function stopTimers() {
    clearTimeout(retryTimer);
    clearInterval(heartbeatTimer);
    clearTimeout(watchdogTimer);
    retryTimer = heartbeatTimer = watchdogTimer = undefined;
  }

  /** Drops the current socket without waiting for its close handshake, which a dead network never completes. */
  function abandonSocket(code: number, reason: string) {
    generation += 1;
    const old = socket;
    socket = null;
    replaying = false;
    stopTimers();
    if (old && old.readyState !== WebSocket.CLOSED && old.readyState !== WebSocket.CLOSING) {
      try {
        old.close(code, reason);
      } catch {
        // Closing a half-open socket may throw in some engines; it is being discarded anyway.
      }
    }
  }

  function open() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (!wanted || socket) return;
    if (!isOnline()) {
      setStatus({ state: 'offline', attempt, nextRetryAt: null });
      return;
    }
    setStatus({ state: everLive || attempt > 0 ? 'reconnecting' : 'connecting', attempt, nextRetryAt: null });
    const gen = ++generation;
    let ws: WebSocket;
    try {
      ws = new WebSocket(typeof options.url === 'function' ? options.url() : options.url);
    } catch (error) {
      logger.error('[realtime] cannot open socket', error);
      scheduleReconnect();
      return;
    }
    socket = ws;
    unauthorizedSeen = false;
    armWatchdog();
    ws.onopen = () => {
      void Promise.resolve(options.getToken()).then((token) => {
        if (gen !== generation) return;
        if (!token) return stopUnauthorized();
        replaying = true;
        send({ op: 'hello', token, lastSeq });
        heartbeatTimer = setInterval(() => send({ op: 'ping', t: now() }), heartbeatIntervalMs);
      }, (error: unknown) => {
        if (gen !== generation) return;
        logger.error('[realtime] cannot read the session token', error);
        abandonSocket(1000, 'no token');
        scheduleReconnect();
      });
    };
    ws.onmessage = (message: MessageEvent) => {
      if (gen !== generation) return;
      armWatchdog();
      handleFrame(message.data);
    };
    ws.onclose = (event: CloseEvent) => {
      if (gen !== generation) return;
      abandonSocket(1000, 'closed');
      if (event.code === UNAUTHORIZED_CLOSE_CODE || unauthorizedSeen) stopUnauthorized();
      else scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (!wanted) return;
    attempt += 1;
    if (!isOnline()) {
      setStatus({ state: 'offline', attempt, nextRetryAt: null });
      return;
    }
    const delay = backoffDelay(attempt, random, backoff);
    setStatus({ state: 'reconnecting', attempt, nextRetryAt: now() + delay });
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, delay);
  }

  function stopUnauthorized() {
    wanted = false;
    abandonSocket(1000, 'unauthorized');
    removeEnvironmentListeners();
    setStatus({ state: 'closed', attempt: 0, nextRetryAt: null, closedReason: 'unauthorized' });
    options.onUnauthorized?.();
  }

  function markLive() {
    replaying = false;
    everLive = true;
    attempt = 0;
    setStatus({ state: 'open', attempt: 0, nextRetryAt: null });
  }

  function resync(serverSeq: number) {
    lastSeq = serverSeq;
    const info = { lastSeq: serverSeq };
    for (const handler of [options.onResync, ...resyncHandlers]) {
      try {
        handler?.(info);
      } catch (error) {
        logger.error('[realtime] resync handler failed', error);
      }
    }
  }

  function apply(event: RealtimeEvent) {
    lastSeq = event.seq;
    for (const handler of [...(handlers.get(event.type) ?? [])]) {
      try {
        handler(event);
      } catch (error) {
        // One feature's broken handler must not starve the others or kill the stream.
        logger.error(`[realtime] handler for ${event.type} failed`, error);
      }
    }
  }

  function handleEvent(event: RealtimeEvent) {
    if (lastSeq !== null && event.seq <= lastSeq) return;
    if (lastSeq !== null && event.seq > lastSeq + 1) {
      if (!replaying && gapResumes < MAX_GAP_RESUMES) {
        // A frame went missing on a live stream: resume from what was applied; the server replays the rest.
        gapResumes += 1;
        abandonSocket(GAP_CLOSE_CODE, 'gap');
        open();
        return;
      }
      // The server's own replay has a hole (or resuming keeps failing): only a refetch can repair it.
      resync(event.seq - 1);
    }
    if (!replaying) gapResumes = 0;
    apply(event);
  }

  function handleFrame(raw: unknown) {
    const parsed = parseServerFrame(raw);
    if (!parsed.ok) {
      logOnce(parsed.key, parsed.issue);
      // An event this build cannot read (e.g. a newer server's type) still counts as delivered,
      // otherwise the next event would look like a gap and resuming would loop on it forever.
      if (parsed.seq !== null && (lastSeq === null || parsed.seq === lastSeq + 1)) lastSeq = parsed.seq;
      return;
    }
    handleServerFrame(parsed.frame);
  }

  function handleServerFrame(frame: ServerFrame) {
    switch (frame.op) {
      case 'event':
        return handleEvent(frame.event);
      case 'ready':
        if (lastSeq === null) lastSeq = frame.lastSeq;
        // The server's history restarted (lower) or it skipped what we missed (higher): refetch.
        else if (frame.lastSeq !== lastSeq) resync(frame.lastSeq);
        return markLive();
      case 'resync':
        resync(frame.lastSeq);
        return markLive();
      case 'pong':
        return;
      case 'error':
        if (frame.code === 'unauthorized') unauthorizedSeen = true;
        else logOnce(`error:${frame.code}`, 'server reported an error');
        return;
    }
  }

  const onOnline = () => {
    if (wanted && !socket) open();
  };
  const onOffline = () => {
    if (wanted && !socket) {
      clearTimeout(retryTimer);
      setStatus({ state: 'offline', attempt, nextRetryAt: null });
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') onOnline();
  };

  function addEnvironmentListeners() {
    if (typeof window === 'undefined') return;
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisibility);
  }

  function removeEnvironmentListeners() {
    if (typeof window === 'undefined') return;
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisibility);
  }

  return {
    connect() {
      if (wanted) return;
      wanted = true;
      everLive = false;
      attempt = 0;
      gapResumes = 0;
      addEnvironmentListeners();
      open();
    },
    disconnect() {
      wanted = false;
      abandonSocket(1000, 'disconnect');
      removeEnvironmentListeners();
      lastSeq = null;
      setStatus({ state: 'closed', attempt: 0, nextRetryAt: null, closedReason: 'stopped' });
    },
    reconnectNow() {
      if (wanted && !socket) open();
    },
    on(type, handler) {
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      const erased = handler as (event: RealtimeEvent) => void;
      set.add(erased);
      return () => {
        set.delete(erased);
      };
    },
    onResync(handler) {
      resyncHandlers.add(handler);
      return () => {
        resyncHandlers.delete(handler);
      };
    },
    getStatus: () => status,
    subscribeStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
    getLastSeq: () => lastSeq,
  };
}
