import { ws, type WebSocketHandlerConnection } from 'msw';
import { ClientFrame, REALTIME_PATH, type RealtimeEvent, type ServerFrame } from '@/contract/events';
import type { Role } from '@/contract/schemas/identity';
import { findSessionByToken } from '@mocks/db/sessions';

/** A realtime event as a publisher writes it: the server stamps `seq` and `at`. */
export type RealtimeEventInput = RealtimeEvent extends infer E ? (E extends RealtimeEvent ? Omit<E, 'seq' | 'at'> : never) : never;

type SocketClient = WebSocketHandlerConnection['client'];

interface UserStream {
  seq: number;
  /** The last REPLAY_BUFFER events, oldest first. */
  buffer: RealtimeEvent[];
  paused: boolean;
}

interface Connection {
  client: SocketClient;
  userId: string | null;
  /** Highest seq this socket was sent; resumeDelivery continues from it. */
  sentSeq: number;
}

export const REPLAY_BUFFER = 500;
export const UNAUTHORIZED_CLOSE_CODE = 4401;
/** What a dropped network looks like to the page (1006 cannot be sent on a real wire, but the mock can). */
export const DROPPED_CLOSE_CODE = 1006;

const escapedPath = REALTIME_PATH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Any origin: the app on the dev server, the preview server, or jsdom's http://localhost in tests.
const realtimeLink = ws.link(new RegExp(`^wss?://[^/]+${escapedPath}$`));

const streams = new Map<string, UserStream>();
const roles = new Map<string, Role>();
const connections = new Set<Connection>();
/** Epoch ms until which new sockets are refused, to hold the page in "reconnecting". */
let refuseUntil = 0;

function streamOf(userId: string): UserStream {
  let stream = streams.get(userId);
  if (!stream) streams.set(userId, (stream = { seq: 0, buffer: [], paused: false }));
  return stream;
}

function sendFrame(connection: Connection, frame: ServerFrame) {
  connection.client.send(JSON.stringify(frame));
  if (frame.op === 'event') connection.sentSeq = Math.max(connection.sentSeq, frame.event.seq);
}

function openConnectionsOf(userId: string): Connection[] {
  return [...connections].filter((c) => c.userId === userId);
}

async function handleHello(connection: Connection, token: string, lastSeq: number | null) {
  const session = await findSessionByToken(token);
  if (!session) {
    sendFrame(connection, { op: 'error', code: 'unauthorized' });
    // MSW delivers a sent frame on a microtask and drops it if the socket is closing by then.
    queueMicrotask(() => connection.client.close(UNAUTHORIZED_CLOSE_CODE, 'unauthorized'));
    return;
  }
  roles.set(session.userId, session.role);
  const stream = streamOf(session.userId);
  const oldest = stream.buffer[0]?.seq ?? stream.seq + 1;
  connection.sentSeq = stream.seq;
  if (lastSeq === null) {
    sendFrame(connection, { op: 'ready', lastSeq: stream.seq, replayed: 0 });
  } else if (lastSeq > stream.seq || lastSeq < oldest - 1) {
    // Ahead of us means our history restarted; too far behind means the buffer no longer reaches back.
    sendFrame(connection, { op: 'resync', lastSeq: stream.seq });
  } else {
    const missed = stream.buffer.filter((e) => e.seq > lastSeq);
    for (const event of missed) sendFrame(connection, { op: 'event', event });
    sendFrame(connection, { op: 'ready', lastSeq: stream.seq, replayed: missed.length });
  }
  // Registered for live delivery only after the replay, so nothing can interleave with it.
  connection.userId = session.userId;
}

const realtimeHandler = realtimeLink.addEventListener('connection', ({ client }) => {
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
    else void handleHello(connection, frame.token, frame.lastSeq);
  });
});

export const realtimeHandlers = [realtimeHandler];

/** Stamps and buffers an event for one user and sends it to that user's open sockets. */
export function publish(userId: string, input: RealtimeEventInput): RealtimeEvent {
  const stream = streamOf(userId);
  stream.seq += 1;
  const event = { ...input, seq: stream.seq, at: new Date().toISOString() } as RealtimeEvent;
  stream.buffer.push(event);
  if (stream.buffer.length > REPLAY_BUFFER) stream.buffer.splice(0, stream.buffer.length - REPLAY_BUFFER);
  if (!stream.paused) for (const connection of openConnectionsOf(userId)) sendFrame(connection, { op: 'event', event });
  return event;
}

/** Publishes to every user of the role this server has seen say hello (others get a fresh state on login). */
export function publishToRole(role: Role, input: RealtimeEventInput): RealtimeEvent[] {
  return [...roles].filter(([, r]) => r === role).map(([userId]) => publish(userId, input));
}

/**
 * Closes every socket abruptly, as a network drop would. With `downForMs`, new sockets are refused for
 * that long too, so the page visibly backs off and shows its reconnecting banner.
 */
export function dropAllSockets(options: { downForMs?: number; code?: number } = {}): void {
  if (options.downForMs) refuseUntil = Date.now() + options.downForMs;
  for (const connection of [...connections]) {
    connections.delete(connection);
    connection.client.close(options.code ?? DROPPED_CLOSE_CODE, 'network drop');
  }
}

/** Keeps buffering a user's events but stops sending them live, to open a gap. */
export function pauseDelivery(userId: string): void {
  streamOf(userId).paused = true;
}

/**
 * Starts sending live again. With `deliverMissed: false` the events published while paused are never
 * sent live, as if lost on the wire: the next event reaches the client with a gap in its seq.
 */
export function resumeDelivery(userId: string, options: { deliverMissed?: boolean } = {}): void {
  const stream = streamOf(userId);
  stream.paused = false;
  for (const connection of openConnectionsOf(userId)) {
    if (options.deliverMissed === false) continue;
    for (const event of stream.buffer.filter((e) => e.seq > connection.sentSeq)) sendFrame(connection, { op: 'event', event });
  }
}

/** The highest seq published to a user so far. */
export function currentSeq(userId: string): number {
  return streams.get(userId)?.seq ?? 0;
}

/** Number of sockets that said hello successfully, per user (tests, dev panel). */
export function openSocketCount(userId?: string): number {
  return [...connections].filter((c) => (userId === undefined ? c.userId !== null : c.userId === userId)).length;
}

/** Closes every socket and forgets every stream (between tests). */
export function resetRealtime(): void {
  for (const connection of [...connections]) connection.client.close(1000, 'reset');
  connections.clear();
  streams.clear();
  roles.clear();
  refuseUntil = 0;
}
