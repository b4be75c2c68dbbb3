import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientFrame, REALTIME_PATH, WIDGET_REALTIME_PATH, type RealtimeEvent, type ServerFrame } from '@/contract/events';
import { contractCookies } from '@/contract/core/headers';
import { widgetStreamOf } from '@/domain/event-audience';
import { planResume } from '@/domain/event-stream';
import { parseCookieHeader } from '@/domain/session-cookies';
import { conversationIdByToken } from '../store/conversation-queries';
import type { Db } from '../store/open-store';
import { eventsAfter, streamHead, streamSeqs } from '../store/event-queries';
import { liveSession } from '../store/session-queries';
import { isStoreUnavailable } from '../store/store-unavailable';
import type { BusMessage, EventBus } from './event-bus';

export const UNAUTHORIZED_CLOSE_CODE = 4401;
/** A client that cannot keep up is closed (after a resync frame) rather than slowing anyone else. */
export const SLOW_CLIENT_CLOSE_CODE = 4429;
/** Bytes a socket may have queued before it counts as too slow. */
const MAX_BUFFERED_BYTES = 1_000_000;
const CATCH_UP_MS = 5_000;

interface Connection {
  ws: WebSocket;
  /** An agent's desktop (session cookie + CSRF token) or a customer's chat widget (its chat token). */
  kind: 'desktop' | 'widget';
  sessionId: string;
  userId: string | null;
  /** Highest seq sent; live events at or below it are duplicates, above it by more than one a gap. */
  sentSeq: number;
  /** Live events that arrive while the replay is being read: delivered right after it. */
  held: RealtimeEvent[] | null;
  filling: boolean;
}

export interface SocketHubOptions {
  db: () => Db;
  bus: EventBus;
  now?: () => number;
  /** Origins a page may open the socket from; empty: the request's own host only. */
  allowedOrigins: readonly string[];
  /** This instance's name: its own bus controls are applied at once, not again when they come back. */
  instance: string;
}

export interface SocketHub {
  /** For the HTTP server's `upgrade` event; answers false when the path is not ours. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Closes every socket abruptly (as a network drop would) and refuses new ones for a while. */
  dropAll(downForMs: number): number;
  connectionCount(userId?: string): number;
  close(): Promise<void>;
}

function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  if (allowed.length) return allowed.includes(origin);
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * The realtime endpoint of one instance: authenticated by the session cookie (and the CSRF token in
 * `hello`), Origin checked, resume from the stored stream, live delivery from the bus with duplicates
 * dropped and gaps filled from the store, and a bounded send buffer per client.
 */
export function createSocketHub(options: SocketHubOptions): SocketHub {
  const now = options.now ?? Date.now;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const connections = new Set<Connection>();
  let refuseUntil = 0;

  const send = (connection: Connection, frame: ServerFrame) => {
    if (connection.ws.readyState !== connection.ws.OPEN) return;
    if (connection.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      // Too slow: it will resume (or resync) from its last seq when it reconnects.
      try {
        connection.ws.send(JSON.stringify({ op: 'resync', lastSeq: connection.sentSeq } satisfies ServerFrame));
      } finally {
        connection.ws.close(SLOW_CLIENT_CLOSE_CODE, 'too slow');
      }
      return;
    }
    connection.ws.send(JSON.stringify(frame));
    if (frame.op === 'event') connection.sentSeq = Math.max(connection.sentSeq, frame.event.seq);
  };

  /** Sends what the stored stream has after `sentSeq` (a gap, or a catch-up), in order. */
  const fill = async (connection: Connection) => {
    if (connection.filling || !connection.userId) return;
    connection.filling = true;
    try {
      const missed = await eventsAfter(options.db(), connection.userId, connection.sentSeq);
      for (const event of missed) if (event.seq > connection.sentSeq) send(connection, { op: 'event', event });
    } catch (error) {
      console.warn('[realtime] could not fill a gap', error);
    } finally {
      connection.filling = false;
    }
  };

  const deliver = (connection: Connection, event: RealtimeEvent) => {
    // A socket closing (a slow client waits up to ws's 30 s close timeout) gets nothing more: without this
    // every further event looked like a gap and cost a store query to "fill" a socket that sends nothing.
    if (connection.ws.readyState !== connection.ws.OPEN) return;
    if (connection.held) {
      connection.held.push(event);
      return;
    }
    if (event.seq <= connection.sentSeq) return;
    if (event.seq === connection.sentSeq + 1 && !connection.filling) send(connection, { op: 'event', event });
    else void fill(connection);
  };

  const onBus = (message: BusMessage) => {
    if (message.kind === 'drop-sockets') {
      if (message.from !== options.instance) dropLocal(message.downForMs);
      return;
    }
    for (const { userId, event } of message.items) {
      for (const connection of connections) if (connection.userId === userId) deliver(connection, event);
    }
  };
  const unsubscribe = options.bus.subscribe(onBus);

  /** The stream a hello opens: the session's user's, or the widget's conversation's (by its chat token). */
  const streamFor = async (connection: Connection, credential: string): Promise<string | null> => {
    if (connection.kind === 'widget') {
      const conversationId = credential ? await conversationIdByToken(options.db(), credential) : null;
      return conversationId ? widgetStreamOf(conversationId) : null;
    }
    const session = await liveSession(options.db(), connection.sessionId, now());
    return session && session.csrf === credential ? session.userId : null;
  };

  const hello = async (connection: Connection, csrf: string, lastSeq: number | null) => {
    const streamId = await streamFor(connection, csrf);
    if (!streamId) {
      send(connection, { op: 'error', code: 'unauthorized' });
      connection.ws.close(UNAUTHORIZED_CLOSE_CODE, 'unauthorized');
      return;
    }
    // Live events are held from here until the replay has been sent, so nothing interleaves with it.
    connection.held = [];
    connection.userId = streamId;
    const head = await streamHead(options.db(), streamId);
    const plan = planResume(head, lastSeq);
    connection.sentSeq = head.seq;
    if (plan.kind === 'resync') {
      send(connection, { op: 'resync', lastSeq: plan.lastSeq });
    } else {
      let replayed = 0;
      if (plan.kind === 'replay') {
        connection.sentSeq = plan.fromSeq - 1;
        const missed = await eventsAfter(options.db(), streamId, connection.sentSeq);
        for (const event of missed.filter((e) => e.seq <= plan.lastSeq)) {
          send(connection, { op: 'event', event });
          replayed++;
        }
        connection.sentSeq = Math.max(connection.sentSeq, plan.lastSeq);
      }
      send(connection, { op: 'ready', lastSeq: plan.lastSeq, replayed });
    }
    const held = connection.held;
    connection.held = null;
    for (const event of held.sort((a, b) => a.seq - b.seq)) deliver(connection, event);
  };

  const accept = (ws: WebSocket, kind: Connection['kind'], sessionId: string) => {
    const connection: Connection = { ws, kind, sessionId, userId: null, sentSeq: 0, held: null, filling: false };
    connections.add(connection);
    ws.on('close', () => connections.delete(connection));
    ws.on('error', () => connections.delete(connection));
    ws.on('message', (data) => {
      let json: unknown;
      try {
        json = JSON.parse(String(data));
      } catch {
        json = null;
      }
      const parsed = ClientFrame.safeParse(json);
      if (!parsed.success) {
        send(connection, { op: 'error', code: 'bad_frame' });
        return;
      }
      const frame = parsed.data;
      if (frame.op === 'ping') send(connection, { op: 'pong', t: frame.t });
      else if (connection.userId === null) void hello(connection, frame.csrf, frame.lastSeq).catch((error: unknown) => {
        // The store down is expected now and then (one line each); anything else gets its stack.
        if (isStoreUnavailable(error)) console.warn('[realtime] hello failed: the store is unavailable');
        else console.warn('[realtime] hello failed', error);
        connection.ws.close(1011, 'server error');
      });
    });
  };

  // Now and then, each connected user's stream is compared with what was sent: a bus message lost while
  // NATS restarted costs a few seconds, never an event. One query for every connection: a query per socket
  // held the store for a third of a second every round at 500 sockets, delaying everything behind it.
  const catchUp = setInterval(() => {
    // Closing sockets are left out (a slow client closed with 4429 would cost a fill per round until it goes).
    const live = [...connections].filter((c) => c.userId !== null && !c.held && c.ws.readyState === c.ws.OPEN);
    if (live.length === 0) return;
    void streamSeqs(options.db(), [...new Set(live.map((c) => c.userId!))])
      .then((heads) => {
        for (const connection of live) if ((heads.get(connection.userId!) ?? 0) > connection.sentSeq) void fill(connection);
      })
      .catch(() => undefined);
  }, CATCH_UP_MS);
  catchUp.unref();

  function dropLocal(downForMs: number): number {
    if (downForMs > 0) refuseUntil = Date.now() + downForMs;
    const open = [...connections];
    for (const connection of open) connection.ws.terminate();
    connections.clear();
    return open.length;
  }

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== REALTIME_PATH && url.pathname !== WIDGET_REALTIME_PATH) return false;
      if (Date.now() < refuseUntil) {
        socket.destroy();
        return true;
      }
      if (url.pathname === WIDGET_REALTIME_PATH) {
        // The widget's credential is its chat token in `hello`, never a cookie the browser adds by itself:
        // a page elsewhere gains nothing by opening it, so the widget may be embedded on the centre's sites.
        wss.handleUpgrade(request, socket, head, (ws) => accept(ws, 'widget', ''));
        return true;
      }
      // A page of another site must not open a socket with our cookie (cross-site WebSocket hijacking).
      if (!originAllowed(request, options.allowedOrigins)) {
        socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        socket.destroy();
        return true;
      }
      const sessionId = parseCookieHeader(request.headers.cookie)[contractCookies.session] ?? '';
      wss.handleUpgrade(request, socket, head, (ws) => accept(ws, 'desktop', sessionId));
      return true;
    },
    dropAll(downForMs) {
      void options.bus.publish({ kind: 'drop-sockets', downForMs, from: options.instance });
      return dropLocal(downForMs);
    },
    connectionCount(userId) {
      // A widget's stream id is `widget:<conversationId>`: ask by that id to count a customer's sockets.
      return [...connections].filter((c) => (userId === undefined ? c.userId !== null : c.userId === userId)).length;
    },
    async close() {
      clearInterval(catchUp);
      unsubscribe();
      for (const connection of connections) connection.ws.terminate();
      connections.clear();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
