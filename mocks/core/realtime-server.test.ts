import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { ServerFrame, type ClientFrame } from '@/contract/events';
import { currentSeq, dropAllSockets, openSocketCount, publish, realtimeHandlers, REPLAY_BUFFER, resetRealtime } from './realtime-server';

vi.mock('@mocks/core/sessions', () => ({
  findSessionByCsrf: (token: string) => (token === 'tok-agent' ? { userId: 'u-agent', role: 'agent' } : null),
}));

const server = setupServer(...realtimeHandlers);

/** A bare socket that records every frame the mock server sends, each checked against the contract. */
async function openSocket() {
  const frames: ServerFrame[] = [];
  const closes: number[] = [];
  const socket = new WebSocket('ws://localhost:3000/api/events');
  socket.onmessage = (message) => frames.push(ServerFrame.parse(JSON.parse(String(message.data))));
  socket.onclose = (event) => closes.push(event.code);
  await new Promise((resolve) => (socket.onopen = resolve));
  const send = (frame: ClientFrame | string) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  return { socket, frames, closes, send };
}

const notice = (n: number) => ({ type: 'notice.broadcast', notice: { id: `n${n}`, from: 'ops', text: `${n}`, severity: 'info' } }) as const;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetRealtime());
afterAll(() => server.close());

describe('mock realtime server', () => {
  it('answers ping with pong and a bad frame with an error', async () => {
    const { frames, send } = await openSocket();
    send({ op: 'ping', t: 42 });
    send('{"op":"dance"}');
    await vi.waitFor(() => expect(frames).toEqual([{ op: 'pong', t: 42 }, { op: 'error', code: 'bad_frame' }]));
  });

  it('refuses an unknown token with an error frame and close code 4401', async () => {
    const { frames, closes, send } = await openSocket();
    send({ op: 'hello', csrf: 'nope', lastSeq: null });
    await vi.waitFor(() => expect(closes).toEqual([4401]));
    expect(frames).toEqual([{ op: 'error', code: 'unauthorized' }]);
  });

  it('starts a fresh client at the current seq, without replay', async () => {
    [1, 2].forEach((n) => publish('u-agent', notice(n)));
    const { frames, send } = await openSocket();
    send({ op: 'hello', csrf: 'tok-agent', lastSeq: null });
    await vi.waitFor(() => expect(frames).toEqual([{ op: 'ready', lastSeq: 2, replayed: 0 }]));
    expect(openSocketCount('u-agent')).toBe(1);
    publish('u-agent', notice(3));
    await vi.waitFor(() => expect(frames.at(-1)).toMatchObject({ op: 'event', event: { seq: 3, type: 'notice.broadcast' } }));
  });

  it('replays what came after lastSeq, then says ready', async () => {
    [1, 2, 3, 4].forEach((n) => publish('u-agent', notice(n)));
    const { frames, send } = await openSocket();
    send({ op: 'hello', csrf: 'tok-agent', lastSeq: 2 });
    await vi.waitFor(() => expect(frames).toHaveLength(3));
    expect(frames.map((f) => (f.op === 'event' ? f.event.seq : f.op))).toEqual([3, 4, 'ready']);
    expect(frames[2]).toEqual({ op: 'ready', lastSeq: 4, replayed: 2 });
  });

  it(`keeps ${REPLAY_BUFFER} events and answers resync beyond them`, async () => {
    for (let n = 1; n <= REPLAY_BUFFER + 10; n += 1) publish('u-agent', notice(n));
    const edge = await openSocket();
    edge.send({ op: 'hello', csrf: 'tok-agent', lastSeq: 10 });
    await vi.waitFor(() => expect(edge.frames.at(-1)).toEqual({ op: 'ready', lastSeq: 510, replayed: REPLAY_BUFFER }));

    const tooOld = await openSocket();
    tooOld.send({ op: 'hello', csrf: 'tok-agent', lastSeq: 9 });
    await vi.waitFor(() => expect(tooOld.frames).toEqual([{ op: 'resync', lastSeq: 510 }]));

    const fromTheFuture = await openSocket();
    fromTheFuture.send({ op: 'hello', csrf: 'tok-agent', lastSeq: 9999 });
    await vi.waitFor(() => expect(fromTheFuture.frames).toEqual([{ op: 'resync', lastSeq: 510 }]));
  });

  it('refuses new sockets for a while after a drop with downForMs', async () => {
    const first = await openSocket();
    first.send({ op: 'hello', csrf: 'tok-agent', lastSeq: null });
    await vi.waitFor(() => expect(first.frames).toHaveLength(1));
    dropAllSockets({ downForMs: 200 });
    await vi.waitFor(() => expect(first.closes).toEqual([1006]));

    const refused = new WebSocket('ws://localhost:3000/api/events');
    const refusedClose = await new Promise<number>((resolve) => (refused.onclose = (event) => resolve(event.code)));
    expect(refusedClose).toBe(1006);

    await new Promise((resolve) => setTimeout(resolve, 250));
    const later = await openSocket();
    later.send({ op: 'ping', t: 1 });
    await vi.waitFor(() => expect(later.frames).toEqual([{ op: 'pong', t: 1 }]));
  });

  it('numbers each user separately', () => {
    publish('u-a', notice(1));
    publish('u-a', notice(2));
    const event = publish('u-b', notice(1));
    expect([currentSeq('u-a'), currentSeq('u-b'), event.seq]).toEqual([2, 1, 1]);
    expect(Date.parse(event.at)).not.toBeNaN();
  });
});
