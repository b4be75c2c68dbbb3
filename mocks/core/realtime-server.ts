import { ws, type WebSocketHandlerConnection } from 'msw';
import { ClientFrame, REALTIME_PATH, type RealtimeEvent, type ServerFrame } from '@/contract/events';
import { appendEvent, emptyStream, planResume, REPLAY_WINDOW, type RealtimeEventInput } from '@/domain/event-stream';
import { getMockDb } from './mock-db';
import { findSessionByCsrf } from './sessions';

export type { RealtimeEventInput };

type SocketClient = WebSocketHandlerConnection['client'];

interface Connection {
  client: SocketClient;
  userId: string | null;
  /** Highest seq this socket was sent; resumeDelivery continues from it. */
  sentSeq: number;
}

export const REPLAY_BUFFER = REPLAY_WINDOW;
export const UNAUTHORIZED_CLOSE_CODE = 4401;
/** What a dropped network looks like to the page (1006 cannot be sent on a real wire, but the mock can). */
export const DROPPED_CLOSE_CODE = 1006;

// Any origin: the app on the dev server, the preview server, or jsdom's http://localhost in tests.
const linkOf = (path: string) => ws.link(new RegExp(`^wss?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

/**
 * Whose stream a `hello` opens (null: refused): the desktop's by its session's CSRF token; another socket
 * (the customer's chat widget) by its own token.
 */
export type StreamOfHello = (token: string) => string | null;
const desktopStream: StreamOfHello = (csrf) => findSessionByCsrf(csrf)?.userId ?? null;

const connections = new Set<Connection>();
/** Users whose live delivery is held back (tests open a gap with it). */
const paused = new Set<string>();
/** Epoch ms until which new sockets are refused, to hold the page in "reconnecting". */
let refuseUntil = 0;

function streamOf(userId: string) {
  return getMockDb().streams.get(userId) ?? emptyStream();
}

function sendFrame(connection: Connection, frame: ServerFrame) {
  connection.client.send(JSON.stringify(frame));
  if (frame.op === 'event') connection.sentSeq = Math.max(connection.sentSeq, frame.event.seq);
}

function openConnectionsOf(userId: string): Connection[] {
  return [...connections].filter((c) => c.userId === userId);
}

function handleHello(connection: Connection, streamId: string | null, lastSeq: number | null) {
  if (!streamId) {
    sendFrame(connection, { op: 'error', code: 'unauthorized' });
    // MSW delivers a sent frame on a microtask and drops it if the socket is closing by then.
    queueMicrotask(() => connection.client.close(UNAUTHORIZED_CLOSE_CODE, 'unauthorized'));
    return;
  }
  const stream = streamOf(streamId);
  const plan = planResume({ seq: stream.seq, oldestKeptSeq: stream.kept[0]?.seq ?? null }, lastSeq);
  connection.sentSeq = stream.seq;
  if (plan.kind === 'resync') {
    sendFrame(connection, { op: 'resync', lastSeq: plan.lastSeq });
  } else {
    const missed = plan.kind === 'replay' ? stream.kept.filter((e) => e.seq >= plan.fromSeq) : [];
    for (const event of missed) sendFrame(connection, { op: 'event', event });
    sendFrame(connection, { op: 'ready', lastSeq: plan.lastSeq, replayed: missed.length });
  }
  // Registered for live delivery only after the replay, so nothing can interleave with it.
  connection.userId = streamId;
}

/** A socket speaking the realtime protocol on `path`; every one shares the streams, drops and pauses. */
export const realtimeSocketHandler = (path: string, streamOfHello: StreamOfHello) =>
  linkOf(path).addEventListener('connection', ({ client }) => {
    if (Date.now() < refuseUntil) {
      client.close(DROPPED_CLOSE_CODE, 'network down');
      return;
    }
    const connection: Connection = { client, userId: null, sentSeq: 0 };
    connections.add(connection);
    client.addEventListener('close', () => {
      connections.delete(connection);
    });
    client.addEventListener('message', (message) => {
      let json: unknown;
      try {
        json = typeof message.data === 'string' ? JSON.parse(message.data) : null;
      } catch {
        json = null;
      }
      const parsed = ClientFrame.safeParse(json);
      if (!parsed.success) {
        sendFrame(connection, { op: 'error', code: 'bad_frame' });
        return;
      }
      const frame = parsed.data;
      if (frame.op === 'ping') sendFrame(connection, { op: 'pong', t: frame.t });
      else handleHello(connection, streamOfHello(frame.csrf), frame.lastSeq);
    });
  });

export const realtimeHandlers = [realtimeSocketHandler(REALTIME_PATH, desktopStream)];

/** Stamps and keeps an event in a user's stream and sends it to that user's open sockets. */
export function publish(userId: string, input: RealtimeEventInput): RealtimeEvent {
  const db = getMockDb();
  const { stream, event } = appendEvent(streamOf(userId), input, db.clock());
  db.streams.set(userId, stream);
  if (!paused.has(userId)) for (const connection of openConnectionsOf(userId)) sendFrame(connection, { op: 'event', event });
  return event;
}

/** Publishes one event to each of `userIds`. */
export function publishTo(userIds: Iterable<string>, input: RealtimeEventInput): void {
  for (const userId of userIds) publish(userId, input);
}

/**
 * Closes every socket abruptly, as a network drop would. With `downForMs`, new sockets are refused for
 * that long too, so the page visibly backs off and shows its reconnecting banner. Returns how many closed.
 */
export function dropAllSockets(options: { downForMs?: number; code?: number } = {}): number {
  if (options.downForMs) refuseUntil = Date.now() + options.downForMs;
  const open = [...connections];
  for (const connection of open) {
    connections.delete(connection);
    connection.client.close(options.code ?? DROPPED_CLOSE_CODE, 'network drop');
  }
  return open.length;
}

/**
 * Tells users their stream can no longer be replayed, as a server that lost its history would: the events
 * kept for them are dropped (one seq is skipped past them) and their sockets closed, so their desktops
 * reconnect, are answered `resync`, and refetch. For a change no event describes (a centre reloaded).
 */
export function forceResync(userIds: Iterable<string>): void {
  const db = getMockDb();
  for (const userId of userIds) {
    db.streams.set(userId, { seq: streamOf(userId).seq + 1, kept: [] });
    for (const connection of openConnectionsOf(userId)) {
      connections.delete(connection);
      connection.client.close(DROPPED_CLOSE_CODE, 'resync');
    }
  }
}

/** Keeps a user's events but stops sending them live, to open a gap. */
export function pauseDelivery(userId: string): void {
  paused.add(userId);
}

/**
 * Starts sending live again. With `deliverMissed: false` the events published while paused are never
 * sent live, as if lost on the wire: the next event reaches the client with a gap in its seq.
 */
export function resumeDelivery(userId: string, options: { deliverMissed?: boolean } = {}): void {
  paused.delete(userId);
  const stream = streamOf(userId);
  for (const connection of openConnectionsOf(userId)) {
    if (options.deliverMissed === false) continue;
    for (const event of stream.kept.filter((e) => e.seq > connection.sentSeq)) sendFrame(connection, { op: 'event', event });
  }
}

/** The highest seq published to a user so far. */
export function currentSeq(userId: string): number {
  return streamOf(userId).seq;
}

/** Number of sockets that said hello successfully, per user (tests, dev panel). */
export function openSocketCount(userId?: string): number {
  return [...connections].filter((c) => (userId === undefined ? c.userId !== null : c.userId === userId)).length;
}

/** Closes every socket (between tests); the streams live in the db and go with it. */
export function resetRealtime(): void {
  for (const connection of [...connections]) connection.client.close(1000, 'reset');
  connections.clear();
  paused.clear();
  refuseUntil = 0;
  getMockDb().streams.clear();
}
