// The BFF on PGlite: the built server (dist-bff/, rebuilt when stale) started by this script in test mode on
// throwaway copies of one freshly seeded store, API only.
//
// BENCH bff_api_p99_ms: the desktop's reads — GET /api/session/me, /api/agent/state, /api/sip/settings as an
//   agent, /api/supervisor/overview and /api/audit as a team lead, in turn — sent open-loop at 200 requests
//   a second for 20 s (after 3 s of warm-up at the same rate, not counted); p99 of the time from sending a
//   request to reading its whole answer. Goal ≤ 50.
// BENCH bff_event_fanout_p99_ms: 500 realtime sockets (every seeded user but one signed in 10 times — the
//   sign-in limit's burst), then 10 notices broadcast to everyone signed in (POST /api/test/notices), 1 s
//   apart; p99 over every socket and notice of the time from sending the broadcast request to the socket
//   receiving the event. Goal ≤ 100. (Also printed, not as a figure: the same from the event's own `at`,
//   the instant the server published it after storing it for each user.)
// BENCH bff_cold_start_ms: the built BFF started on an existing store (migrated and seeded) until it first
//   answers GET /api/health, polled every 5 ms; median of 5 starts. Goal ≤ 1500.
// The bench and the BFF share the machine's cores: the figures include the load the clients add.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { WebSocket } from 'ws';
import { ensureBuilds, ROOT } from '../scripts/ensure-builds.mjs';
import { freePort } from '../scripts/free-port.mjs';
import { percentile } from './percentile.mjs';

const PASSWORD = 'zuoxi123';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (values) => percentile(values, 0.5);

async function healthy(url) {
  try {
    const res = await fetch(`${url}/api/health`);
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts dist-bff/main.js on `dataDir`; resolves once it answers, with the time that took. */
async function startBff(dataDir, { pollMs = 20 } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist-bff/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ZUOXI_MODE: 'test', PORT: String(port), HOST: '127.0.0.1', ZUOXI_DATA_DIR: dataDir, ZUOXI_STATIC_DIR: '', DATABASE_URL: '', NATS_URL: '' },
  });
  const exited = new Promise((done) => child.once('exit', done));
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`the BFF exited (${child.exitCode}) before answering`);
    if (performance.now() - started > 120_000) throw new Error('the BFF did not answer within 2 minutes');
    await sleep(pollMs);
  }
  const startMs = performance.now() - started;
  return {
    url,
    startMs,
    /** CPU seconds the BFF process has used (Linux /proc; null elsewhere). */
    cpuSeconds() {
      try {
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return null;
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Signs in over HTTP as the desktop does; the session cookie and CSRF token to send back. */
async function signIn(url, username) {
  for (;;) {
    const res = await fetch(`${url}/api/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const body = await res.json();
    if (res.status === 429) {
      await sleep(1000 * Number(res.headers.get('retry-after') ?? 6));
      continue;
    }
    if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${JSON.stringify(body)}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return { username, cookie, csrf: body.csrfToken };
  }
}

/** Runs `task` over `items`, `limit` at a time. */
async function pool(items, limit, task) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i], i);
      }
    }),
  );
  return results;
}

// ---- one seeded store, copied for each part ----
ensureBuilds(['bff']);
const work = mkdtempSync(join(tmpdir(), 'zuoxi-bench-bff-'));
const template = join(work, 'template');
const copyStore = (name) => {
  const dir = join(work, name);
  cpSync(template, dir, { recursive: true });
  return dir;
};

try {
  const reset = spawnSync(process.execPath, [join(ROOT, 'dist-bff/reset-store.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ZUOXI_MODE: 'test', ZUOXI_DATA_DIR: template, DATABASE_URL: '' },
  });
  if (reset.status !== 0) throw new Error('seeding the store failed');
  const seeded = await PGlite.create(template);
  const users = (await seeded.query('SELECT username, role FROM users ORDER BY username')).rows;
  await seeded.close();

  // ---- cold start ----
  const coldDir = copyStore('cold');
  await (await startBff(coldDir)).stop(); // a first open settles the copied folder (and the OS file cache)
  await sleep(500);
  const coldStarts = [];
  for (let i = 0; i < 5; i += 1) {
    const bff = await startBff(coldDir, { pollMs: 5 });
    coldStarts.push(bff.startMs);
    await bff.stop();
  }
  console.log(`BENCH bff_cold_start_ms ${median(coldStarts).toFixed(0)} ms`);
  console.log(`  (cold starts: ${coldStarts.map((v) => v.toFixed(0)).join(', ')} ms; load average ${loadavg()[0].toFixed(1)})`);

  // ---- API reads at 200 requests a second ----
  {
    const bff = await startBff(copyStore('api'));
    try {
      const agent = await signIn(bff.url, 'zhang.wei');
      const lead = await signIn(bff.url, 'wang.fang');
      const reads = [
        [agent, '/api/session/me'],
        [agent, '/api/agent/state'],
        [agent, '/api/sip/settings'],
        [lead, '/api/supervisor/overview'],
        [lead, '/api/audit'],
      ];
      const run = async (seconds, rate) => {
        const latencies = [];
        const failures = [];
        const inFlight = [];
        const start = performance.now();
        const total = seconds * rate;
        for (let i = 0; i < total; i += 1) {
          // Open loop: each request goes at its time whether or not the earlier ones have answered.
          const due = start + (i * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 1) await sleep(wait);
          const [who, path] = reads[i % reads.length];
          const sent = performance.now();
          inFlight.push(
            fetch(`${bff.url}${path}`, { headers: { cookie: who.cookie } })
              .then(async (res) => {
                await res.arrayBuffer();
                if (res.ok) latencies.push(performance.now() - sent);
                else failures.push(`${path} ${res.status}`);
              })
              .catch((error) => failures.push(`${path} ${error.message}`)),
          );
        }
        await Promise.all(inFlight);
        return { latencies, failures, achievedRate: total / ((performance.now() - start) / 1000) };
      };
      await run(3, 200);
      const cpuBefore = bff.cpuSeconds();
      const { latencies, failures, achievedRate } = await run(20, 200);
      const cpuPerRead = cpuBefore === null ? null : ((bff.cpuSeconds() - cpuBefore) * 1000) / latencies.length;
      if (failures.length) throw new Error(`${failures.length} reads failed, e.g. ${failures.slice(0, 3).join('; ')}`);
      console.log(`BENCH bff_api_p99_ms ${percentile(latencies, 0.99).toFixed(1)} ms`);
      console.log(`  (${latencies.length} reads, ${achievedRate.toFixed(0)}/s, median ${median(latencies).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; the BFF's CPU per read ${cpuPerRead?.toFixed(2) ?? '?'} ms, load average ${loadavg()[0].toFixed(1)})`);
    } finally {
      await bff.stop();
    }
  }

  // ---- one event to 500 sockets ----
  {
    const bff = await startBff(copyStore('fanout'));
    const sockets = [];
    try {
      const SOCKETS = 500;
      const perUser = 10; // the sign-in limit's burst per username: no waiting
      const names = users.map((u) => u.username).slice(0, Math.ceil(SOCKETS / perUser));
      const logins = Array.from({ length: SOCKETS }, (_, i) => names[i % names.length]);
      const signInStart = performance.now();
      // Sign-in hashes the password (scrypt, slow on purpose): a few at a time keeps the server responsive.
      const sessions = await pool(logins, 4, (username) => signIn(bff.url, username));
      console.log(`  (${SOCKETS} sessions of ${names.length} users signed in in ${((performance.now() - signInStart) / 1000).toFixed(1)} s)`);

      const received = new Map(); // notice text → [{ fromRequest, fromAt }]
      const sentAt = new Map(); // notice text → performance.now() at the request
      const wsUrl = `${bff.url.replace('http', 'ws')}/api/events`;
      await pool(sessions, 50, (session) =>
        new Promise((resolve, reject) => {
          const ws = new WebSocket(wsUrl, { headers: { cookie: session.cookie, origin: bff.url } });
          sockets.push(ws);
          ws.once('open', () => ws.send(JSON.stringify({ op: 'hello', csrf: session.csrf, lastSeq: null })));
          ws.once('error', reject);
          ws.on('message', (data) => {
            const frame = JSON.parse(String(data));
            if (frame.op === 'ready') resolve();
            if (frame.op !== 'event' || frame.event.type !== 'notice.broadcast') return;
            const text = frame.event.notice.text;
            if (!sentAt.has(text)) return;
            received.get(text).push({ fromRequest: performance.now() - sentAt.get(text), fromAt: Date.now() - Date.parse(frame.event.at) });
          });
        }),
      );

      const BROADCASTS = 10;
      const fromRequest = [];
      const fromAt = [];
      for (let b = 0; b < BROADCASTS; b += 1) {
        await sleep(1000);
        const text = `bench notice ${b}`;
        received.set(text, []);
        sentAt.set(text, performance.now());
        const res = await fetch(`${bff.url}/api/test/notices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text, severity: 'info', from: 'Bench' }),
        });
        if (!res.ok) throw new Error(`broadcast: ${res.status} ${await res.text()}`);
        const deadline = performance.now() + 10_000;
        while (received.get(text).length < SOCKETS && performance.now() < deadline) await sleep(5);
        const got = received.get(text);
        if (got.length < SOCKETS) throw new Error(`broadcast ${b} reached ${got.length} of ${SOCKETS} sockets in 10 s`);
        if (process.env.BENCH_VERBOSE) console.log(`  broadcast ${b}: max ${Math.max(...got.map((r) => r.fromRequest)).toFixed(0)} ms from the request, ${Math.max(...got.map((r) => r.fromAt))} ms from at`);
        fromRequest.push(...got.map((r) => r.fromRequest));
        fromAt.push(...got.map((r) => r.fromAt));
      }
      console.log(`BENCH bff_event_fanout_p99_ms ${percentile(fromRequest, 0.99).toFixed(1)} ms`);
      console.log(`  (${fromRequest.length} deliveries; from the request: median ${median(fromRequest).toFixed(1)} ms; from the event's at: p99 ${percentile(fromAt, 0.99)} ms; load average ${loadavg()[0].toFixed(1)})`);
    } finally {
      for (const ws of sockets) ws.terminate();
      await bff.stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
