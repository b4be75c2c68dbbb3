// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { RealtimeEvent } from '@/contract/events';
import { REPLAY_WINDOW } from '@/domain/event-stream';
import { SLOW_CLIENT_CLOSE_CODE, UNAUTHORIZED_CLOSE_CODE } from '../realtime/socket-hub';
import type { RunningBff } from '../server/start-bff';
import { publishEvents } from '../services/publish-events';
import { appendEvents } from '../store/event-queries';
import { consecutiveFrom, openSocketAs, seqsOf, signInRaw, socketUrl } from './support/clients';
import { closeCodeOf, openRawWebSocket } from './support/raw-websocket';
import { startTestBff } from './start-test-bff';

let bff: RunningBff;
beforeAll(async () => {
  bff = await startTestBff();
}, 120_000);
afterAll(async () => {
  await bff?.close();
});

/** How an upgrade from this Origin (none: no header) is answered: the HTTP status, or 101 when it opened. */
function upgradeStatus(origin: string | null, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(socketUrl(bff.url), { headers: { Cookie: cookie, ...(origin ? { Origin: origin } : {}) } });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      resolve(101);
      ws.close();
    });
    ws.once('error', (error) => reject(error));
  });
}

/** Bytes the kernel may hold for one loopback connection before the server's own buffer grows. */
function kernelBufferBytes(): number {
  const max = (file: string) => Number(readFileSync(file, 'utf8').trim().split(/\s+/).at(-1));
  try {
    return max('/proc/sys/net/ipv4/tcp_rmem') + max('/proc/sys/net/ipv4/tcp_wmem');
  } catch {
    return 16 * 1024 * 1024;
  }
}

describe('the realtime socket’s defences', () => {
  it('refuses an upgrade from another site’s page, or with no Origin, before any frame', async () => {
    const agent = await signInRaw(bff.url, 'zhang.wei');
    expect(await upgradeStatus('https://evil.example', agent.cookie)).toBe(403);
    expect(await upgradeStatus(null, agent.cookie)).toBe(403);
    expect(await upgradeStatus(`http://localhost:${bff.port}`, agent.cookie)).toBe(403);
    expect(await upgradeStatus(new URL(bff.url).origin, agent.cookie)).toBe(101);
  });

  it('answers a hello with a wrong CSRF token with an error and close 4401, and the right token still works', async () => {
    const agent = await signInRaw(bff.url, 'zhang.wei');
    const forged = await openSocketAs(bff.url, agent, { op: 'hello', csrf: 'not-the-token', lastSeq: null });
    expect(forged.frames).toEqual([{ op: 'error', code: 'unauthorized' }]);
    expect(await forged.closed).toBe(UNAUTHORIZED_CLOSE_CODE);

    const genuine = await openSocketAs(bff.url, agent, { op: 'hello', csrf: agent.csrf, lastSeq: null });
    try {
      expect(genuine.frames.at(-1)).toMatchObject({ op: 'ready' });
    } finally {
      genuine.close();
    }
  });

  it('tells a client resuming from before the kept window to resync, and replays one inside it', async () => {
    const expert = await signInRaw(bff.url, 'li.na');
    // More events than the window keeps: the oldest are trimmed as new ones are stored.
    for (let i = 0; i < REPLAY_WINDOW + 5; i++) {
      await appendEvents(bff.deps.db, [expert.userId], { type: 'notice.broadcast', notice: { id: `nt-w${i}`, from: 'test', text: `#${i}`, severity: 'info' } }, Date.now());
    }
    const fresh = await openSocketAs(bff.url, expert, { op: 'hello', csrf: expert.csrf, lastSeq: null });
    fresh.close();
    const ready = fresh.frames.find((f) => f.op === 'ready');
    const head = ready?.op === 'ready' ? ready.lastSeq : -1;
    expect(head).toBeGreaterThan(REPLAY_WINDOW);

    const tooOld = await openSocketAs(bff.url, expert, { op: 'hello', csrf: expert.csrf, lastSeq: 1 });
    tooOld.close();
    expect(tooOld.frames).toEqual([{ op: 'resync', lastSeq: head }]);

    const recent = await openSocketAs(bff.url, expert, { op: 'hello', csrf: expert.csrf, lastSeq: head - 3 });
    recent.close();
    expect(seqsOf(recent.events)).toEqual([head - 2, head - 1, head]);
    expect(recent.frames.at(-1)).toEqual({ op: 'ready', lastSeq: head, replayed: 3 });
  }, 120_000);

  it('closes a client that stops reading (resync, then 4429) without holding up a client that reads', async () => {
    const slowUser = await signInRaw(bff.url, 'chen.jie');
    const normalUser = await signInRaw(bff.url, 'emma.clark');
    const origin = new URL(bff.url).origin;

    const slow = await openRawWebSocket(bff.port, { Origin: origin, Cookie: slowUser.cookie });
    expect(slow.status).toContain('101');
    slow.sendText(JSON.stringify({ op: 'hello', csrf: slowUser.csrf, lastSeq: null }));
    await slow.until((frames) => frames.some((f) => f.opcode === 1 && f.payload.includes('"ready"')));
    const slowReady = slow.messages().find((m) => (m as { op?: string }).op === 'ready') as { lastSeq: number };
    slow.pause();

    const normal = await openSocketAs(bff.url, normalUser, { op: 'hello', csrf: normalUser.csrf, lastSeq: null });
    const normalReady = normal.frames.find((f) => f.op === 'ready');
    const normalStart = normalReady?.op === 'ready' ? normalReady.lastSeq : -1;
    try {
      // A flood for the slow client (large notices, straight onto the bus), a trickle of stored events for
      // the normal one, turn about, so each side's socket gets the chance to drain between batches.
      const text = 'x'.repeat(16 * 1024);
      const floodBytes = kernelBufferBytes() + 4 * 1024 * 1024;
      const perBatch = 64;
      const batches = Math.ceil(floodBytes / (perBatch * text.length));
      let slowSeq = slowReady.lastSeq;
      for (let batch = 0; batch < batches; batch++) {
        const items = Array.from({ length: perBatch }, () => {
          slowSeq += 1;
          const event: RealtimeEvent = { type: 'notice.broadcast', seq: slowSeq, at: new Date().toISOString(), notice: { id: `nt-f${slowSeq}`, from: 'test', text, severity: 'info' } };
          return { userId: slowUser.userId, event };
        });
        await bff.deps.bus.publish({ kind: 'events', items });
        await publishEvents(bff.deps, [normalUser.userId], { type: 'notice.broadcast', notice: { id: `nt-n${batch}`, from: 'test', text: `batch ${batch}`, severity: 'info' } });
        await new Promise((resolve) => setImmediate(resolve));
      }

      // The reader got everything, in order, while the other one still had not read a byte more.
      await normal.next('notice.broadcast', (e) => e.notice.text === `batch ${batches - 1}`, 30_000);
      expect(seqsOf(normal.events)).toEqual(consecutiveFrom(normalStart + 1, batches));

      // The slow one, reading again, finds what was queued for it, a resync at its last seq, and 4429.
      slow.resume();
      await slow.until((frames) => frames.some((f) => f.opcode === 8), 60_000);
      const texts = slow.messages() as { op: string; event?: RealtimeEvent; lastSeq?: number }[];
      const delivered = texts.filter((m) => m.op === 'event').map((m) => m.event!.seq);
      expect(delivered.length).toBeGreaterThan(0);
      expect(delivered.length).toBeLessThan(slowSeq - slowReady.lastSeq);
      expect(delivered).toEqual(consecutiveFrom(slowReady.lastSeq + 1, delivered.length));
      expect(texts.at(-1)).toEqual({ op: 'resync', lastSeq: delivered.at(-1) });
      expect(closeCodeOf(slow.frames.at(-1)!)).toBe(SLOW_CLIENT_CLOSE_CODE);

      // And the reader is still served live.
      await publishEvents(bff.deps, [normalUser.userId], { type: 'notice.broadcast', notice: { id: 'nt-after', from: 'test', text: 'after the flood', severity: 'info' } });
      await normal.next('notice.broadcast', (e) => e.notice.text === 'after the flood');
    } finally {
      slow.destroy();
      normal.close();
    }
  }, 120_000);
});
