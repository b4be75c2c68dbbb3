import type { ClientFrame, RealtimeEventType, ServerFrame } from '@/contract/events';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff-delay';
import { parseServerFrame } from './parse-server-frame';
import { createSequencer } from './realtime-sequencer';
import { createHandlerRegistry, type RealtimeEventHandler, type RealtimeResyncHandler } from './realtime-handler-registry';
import type { RealtimeStatus } from './realtime-status';
import { createStatusStore } from './realtime-status-store';
import { watchConnectivity } from './watch-connectivity';

export interface RealtimeClientOptions {
  /** Absolute ws(s) URL, or a function read at each attempt. */
  url: string | (() => string);
  /** The session's CSRF token, sent in `hello` (the session itself is the cookie the socket carries). */
  getCsrfToken: () => string | null | Promise<string | null>;
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
/** Sent when the client gives up on a socket itself (gap, silence, offline, manual retry). */
const ABANDON_CLOSE_CODE = 4000;
const HIDDEN_PROBE_GRACE_MS = 5_000;

export function createRealtimeClient(options: RealtimeClientOptions): RealtimeClient {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 15_000;
  const staleAfterMs = options.staleAfterMs ?? 40_000;
  const backoff = options.backoff ?? defaultBackoff;
  const logger = options.logger ?? console;

  const registry = createHandlerRegistry(logger);
  if (options.onResync) registry.onResync(options.onResync);
  const sequencer = createSequencer(registry.dispatch, (lastSeq) => registry.dispatchResync({ lastSeq }));
  const status = createStatusStore();
  const logged = new Set<string>();

  let socket: WebSocket | null = null;
  // Bumped whenever a socket is abandoned, so its late callbacks are ignored.
  let generation = 0;
  let wanted = false;
  let everLive = false;
  let unauthorizedSeen = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  let watchdogTimer: ReturnType<typeof setTimeout> | undefined;
  let probing = false;
  let unwatchConnectivity = () => {};

  function setStatus(next: Omit<RealtimeStatus, 'closedReason'> & { closedReason?: RealtimeStatus['closedReason'] }) {
    status.set({ closedReason: null, ...next });
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
    watchdogTimer = setTimeout(onSilence, staleAfterMs);
  }

  function onSilence() {
    // Background tabs get their timers batched (Chrome wakes them about once a minute), so the silence may
    // be our own missed pings: probe once and let a pong rearm the watchdog before calling the socket dead.
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden' && !probing) {
      probing = true;
      send({ op: 'ping', t: now() });
      watchdogTimer = setTimeout(onSilence, HIDDEN_PROBE_GRACE_MS);
      return;
    }
    abandonSocket(ABANDON_CLOSE_CODE, 'stale');
    scheduleReconnect();
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
    sequencer.interrupt();
    probing = false;
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
      void Promise.resolve(options.getCsrfToken()).then((csrf) => {
        if (gen !== generation) return;
        if (!csrf) return stopUnauthorized();
        send({ op: 'hello', csrf, lastSeq: sequencer.beginResume() });
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
      probing = false;
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
    unwatchConnectivity();
    setStatus({ state: 'closed', attempt: 0, nextRetryAt: null, closedReason: 'unauthorized' });
    options.onUnauthorized?.();
  }

  function markLive() {
    everLive = true;
    attempt = 0;
    setStatus({ state: 'open', attempt: 0, nextRetryAt: null });
  }

  function handleFrame(raw: unknown) {
    const parsed = parseServerFrame(raw);
    if (!parsed.ok) {
      logOnce(parsed.key, parsed.issue);
      if (parsed.seq !== null) sequencer.skipUnreadable(parsed.seq);
      return;
    }
    handleServerFrame(parsed.frame);
  }

  function handleServerFrame(frame: ServerFrame) {
    switch (frame.op) {
      case 'event':
        if (sequencer.receive(frame.event) === 'gap') {
          // A frame went missing on a live stream: resume from what was applied; the server replays the rest.
          abandonSocket(ABANDON_CLOSE_CODE, 'gap');
          open();
        }
        return;
      case 'ready':
        sequencer.ready(frame.lastSeq);
        return markLive();
      case 'resync':
        sequencer.resync(frame.lastSeq);
        return markLive();
      case 'pong':
        return;
      case 'error':
        if (frame.code === 'unauthorized') unauthorizedSeen = true;
        else logOnce(`error:${frame.code}`, 'server reported an error');
        return;
    }
  }

  return {
    connect() {
      if (wanted) return;
      wanted = true;
      everLive = false;
      attempt = 0;
      unwatchConnectivity = watchConnectivity({
        online: () => open(),
        visible: () => open(),
        offline() {
          // With no network interface the socket is dead even if its close event is minutes away.
          abandonSocket(ABANDON_CLOSE_CODE, 'offline');
          setStatus({ state: 'offline', attempt, nextRetryAt: null });
        },
      });
      open();
    },
    disconnect() {
      wanted = false;
      abandonSocket(1000, 'disconnect');
      unwatchConnectivity();
      sequencer.reset();
      setStatus({ state: 'closed', attempt: 0, nextRetryAt: null, closedReason: 'stopped' });
    },
    reconnectNow() {
      if (!wanted || status.get().state === 'open') return;
      // Also restarts an attempt that hangs in the handshake.
      abandonSocket(ABANDON_CLOSE_CODE, 'retry');
      open();
    },
    on: registry.on,
    onResync: registry.onResync,
    getStatus: status.get,
    subscribeStatus: status.subscribe,
    getLastSeq: sequencer.lastSeq,
  };
}
