// A chat on the BFF, both ends real: the built server (dist-bff/, rebuilt when stale) in test mode on a
// throwaway PGlite store, a customer in the web chat widget (its HTTP endpoints and its socket) and an agent
// (signed in, Ready, the offer accepted, its realtime socket).
//
// BENCH chat_roundtrip_p95_ms: the customer sends (POST /api/widget/chats/:id/messages) → the agent's socket
//   receives it → the agent replies (POST /api/conversations/:id/messages) → the customer's socket receives
//   the reply; p95 of 100 round trips, started at most ~6 a second (each side's writes stay within the
//   server's write limit, as two people typing do). Goal ≤ 150.
// The bench and the BFF share the machine's cores: the figure includes the load the clients add.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { ensureBuilds, ROOT } from '../scripts/ensure-builds.mjs';

const ROUND_TRIPS = 100;
const MIN_GAP_MS = 170;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function json(res, what) {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${what}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** A socket speaking the realtime protocol; `waitFor` resolves with the first event matching, seen or to come. */
function openSocket(url, headers, hello) {
  const ws = new WebSocket(url, { headers });
  const events = [];
  const waiters = new Set();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    if (frame.op !== 'event') return;
    events.push(frame.event);
    for (const waiter of [...waiters]) waiter(frame.event);
  });
  const ready = new Promise((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify(hello)));
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.op === 'ready') resolve();
      if (frame.op === 'error') reject(new Error(`socket refused: ${frame.code}`));
    });
    ws.once('error', reject);
  });
  const waitFor = (match, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const seen = events.find(match);
      if (seen) return resolve(seen);
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('an event did not come within 10 s'));
      }, timeoutMs);
      const check = (event) => {
        if (!match(event)) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(event);
      };
      waiters.add(check);
    });
  return { ready, waitFor, close: () => ws.terminate() };
}

ensureBuilds(['bff']);
const work = mkdtempSync(join(tmpdir(), 'zuoxi-bench-chat-'));
let child = null;
try {
  const dataDir = join(work, 'pglite');
  const env = { ...process.env, ZUOXI_MODE: 'test', ZUOXI_DATA_DIR: dataDir, ZUOXI_STATIC_DIR: '', DATABASE_URL: '', NATS_URL: '' };
  const reset = spawnSync(process.execPath, [join(ROOT, 'dist-bff/reset-store.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (reset.status !== 0) throw new Error('seeding the store failed');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [join(ROOT, 'dist-bff/main.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, PORT: String(port), HOST: '127.0.0.1', ZUOXI_ATTACHMENTS_DIR: join(work, 'attachments') } });
  for (const started = Date.now(); ; await sleep(50)) {
    if (child.exitCode !== null) throw new Error(`the BFF exited (${child.exitCode}) before answering`);
    if (Date.now() - started > 120_000) throw new Error('the BFF did not answer within 2 minutes');
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
  }
  const wsBase = url.replace(/^http/, 'ws');

  // The agent: signed in, Ready, its socket open.
  const login = await fetch(`${url}/api/session/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ username: 'zhang.wei', password: 'zuoxi123' }) });
  const session = await json(login, 'sign-in');
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const agentHeaders = { 'content-type': 'application/json', origin: url, cookie, 'x-csrf-token': session.csrfToken };
  const agentSocket = openSocket(`${wsBase}/api/events`, { cookie, origin: url }, { op: 'hello', csrf: session.csrfToken, lastSeq: null });
  await agentSocket.ready;
  await json(await fetch(`${url}/api/agent/state`, { method: 'PUT', headers: agentHeaders, body: JSON.stringify({ status: 'ready' }) }), 'ready');

  // The customer starts a chat in the widget; the agent takes it.
  const chat = await json(await fetch(`${url}/api/widget/chats`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: 'cn', name: '压测客户', text: '你好' }) }), 'start chat');
  const customerHeaders = { 'content-type': 'application/json', 'x-widget-token': chat.chatToken };
  const customerSocket = openSocket(`${wsBase}/api/widget/events`, {}, { op: 'hello', csrf: chat.chatToken, lastSeq: null });
  await customerSocket.ready;
  const offered = await agentSocket.waitFor((e) => e.type === 'conversation.offered' && e.offer.conversationId === chat.conversationId);
  await json(await fetch(`${url}/api/conversation-offers/${offered.offer.offerId}/accept`, { method: 'POST', headers: agentHeaders }), 'accept');

  const roundTrips = [];
  for (let i = 0; i < ROUND_TRIPS; i += 1) {
    const started = performance.now();
    const asked = `bench-c-${String(i).padStart(4, '0')}`;
    const answered = `bench-a-${String(i).padStart(4, '0')}`;
    const sent = fetch(`${url}/api/widget/chats/${chat.conversationId}/messages`, { method: 'POST', headers: customerHeaders, body: JSON.stringify({ clientId: asked, content: { kind: 'text', text: `问题 ${i}` } }) });
    await agentSocket.waitFor((e) => e.type === 'message.created' && e.message.clientId === asked);
    const replied = fetch(`${url}/api/conversations/${chat.conversationId}/messages`, { method: 'POST', headers: agentHeaders, body: JSON.stringify({ clientId: answered, content: { kind: 'text', text: `回答 ${i}` }, internal: false }) });
    await customerSocket.waitFor((e) => e.type === 'message.created' && e.message.clientId === answered);
    roundTrips.push(performance.now() - started);
    await json(await sent, 'customer send');
    await json(await replied, 'agent send');
    const gap = MIN_GAP_MS - (performance.now() - started);
    if (gap > 0) await sleep(gap);
  }
  agentSocket.close();
  customerSocket.close();
  console.log(`BENCH chat_roundtrip_p95_ms ${percentile(roundTrips, 0.95).toFixed(1)} ms`);
  console.log(`  (median ${percentile(roundTrips, 0.5).toFixed(1)} ms, max ${Math.max(...roundTrips).toFixed(1)} ms over ${roundTrips.length} round trips; load average ${loadavg()[0].toFixed(1)})`);
} finally {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
}
