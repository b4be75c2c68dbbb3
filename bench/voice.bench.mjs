// Voice latency on loopback against a real Kamailio, medians of 10 calls:
// BENCH ring_ui_ms: the JsSIP customer sends its INVITE → the agent page paints the ringing call.
// BENCH answer_media_ms: the agent answers → audio flows both ways (inbound-rtp bytes on both ends, getStats).
// The agent page is the voice harness (e2e/voice/harness: the sip.js adapter through its lazy factory).
// Runs Kamailio itself, inside a loopback-only network namespace like `npm run test:voice`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CALLS = 10;
const WS_PORT = 18098;
const UDP_PORT = 15070;
const HTTP_PORT = 4182;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

if (process.env.ZUOXI_VOICE_NETNS !== '1') {
  if (!has('kamailio')) {
    if (process.env.CI) {
      console.error('voice bench: kamailio is not installed');
      process.exit(1);
    }
    console.log('voice bench: SKIPPED — no `kamailio` binary on this machine.');
    process.exit(0);
  }
  if (process.getuid?.() === 0 && has('unshare') && has('ip')) {
    const r = spawnSync('unshare', ['--net', 'sh', '-c', 'ip link set lo up && exec node "$0"', fileURLToPath(import.meta.url)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ZUOXI_VOICE_NETNS: '1' },
    });
    process.exit(r.status ?? 1);
  }
  console.warn('voice bench: not root or no unshare — measuring on the host loopback.');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function writeToneWav(path, frequency = 440, seconds = 4, sampleRate = 48000) {
  const n = seconds * sampleRate;
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) data.writeInt16LE(Math.round(0.3 * 32767 * Math.sin((2 * Math.PI * frequency * i) / sampleRate)), i * 2);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([h, data]));
}

async function waitForHttp(url, status, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(500) });
      await res.body?.cancel();
      if (res.status === status) return;
    } catch {
      // not up yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not answer ${status}`);
}

// 1. harness bundle and tone
const { build } = await import('vite');
await build({ configFile: join(ROOT, 'e2e/voice/harness/vite.config.ts'), logLevel: 'warn' });
const dist = join(ROOT, 'node_modules/.cache/zuoxi-voice-harness');
const cache = join(ROOT, 'node_modules/.cache/zuoxi-voice');
mkdirSync(cache, { recursive: true });
const tone = join(cache, 'tone-440.wav');
if (!existsSync(tone)) writeToneWav(tone);

// 2. Kamailio and a static server
const rundir = mkdtempSync(join(tmpdir(), 'zuoxi-kamailio-bench-'));
const kamailio = spawn(
  'kamailio',
  ['-f', join(ROOT, 'bff/sip/kamailio.cfg'), '-DD', '-E', '-Y', rundir, '-m', '64', '-M', '8', '-A', `WS_PORT=${WS_PORT}`, '-A', `UDP_PORT=${UDP_PORT}`],
  { cwd: ROOT, stdio: 'ignore' },
);
const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const file = join(dist, normalize(new URL(req.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, ''));
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(HTTP_PORT, '127.0.0.1', r));

let browser;
try {
  await waitForHttp(`http://127.0.0.1:${WS_PORT}/`, 404);
  const { chromium } = await import('@playwright/test');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${tone}`,
      '--allow-loopback-in-peer-connection',
    ],
  });
  const ws = encodeURIComponent(`ws://127.0.0.1:${WS_PORT}`);
  const agentContext = await browser.newContext();
  // Record the page's peer connections so the bench can read getStats without the app exposing them.
  await agentContext.addInitScript(() => {
    const pcs = [];
    window.__pcs = pcs;
    window.RTCPeerConnection = new Proxy(window.RTCPeerConnection, {
      construct(target, args) {
        const pc = new target(...args);
        pcs.push(pc);
        return pc;
      },
    });
  });
  const agent = await agentContext.newPage();
  await agent.goto(`http://127.0.0.1:${HTTP_PORT}/agent.html?ws=${ws}&ext=1001`);
  await agent.waitForFunction(() => window.agent?.registration === 'registered');
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`http://127.0.0.1:${HTTP_PORT}/customer.html?ws=${ws}&user=13800138000`);
  await customer.waitForFunction(() => window.customer?.registered === true);

  // In-page: epoch ms at which this peer connection first received audio bytes.
  const firstInbound = (pcExpr) => {
    const pc = (0, eval)(pcExpr);
    return new Promise((resolve) => {
      const tick = async () => {
        let bytes = 0;
        (await pc.getStats()).forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio') bytes += s.bytesReceived ?? 0;
        });
        if (bytes > 0) resolve(performance.timeOrigin + performance.now());
        else setTimeout(tick, 2);
      };
      void tick();
    });
  };

  const ring = [];
  const media = [];
  for (let i = 0; i < CALLS; i++) {
    const sid = await customer.evaluate(() => window.customer.call('1001'));
    const callId = await agent.waitForFunction(() => Object.values(window.agent.calls).find((c) => c.state === 'ringing')?.callId ?? false).then((h) => h.jsonValue());
    const shownAt = await agent.waitForFunction((id) => (window.agent.ringShownAt[id] ?? -1) > 0 && window.agent.ringShownAt[id], callId).then((h) => h.jsonValue());
    const sentAt = await customer.evaluate((id) => window.customer.sessions[id].sendingAt, sid);
    ring.push(shownAt - sentAt);

    // Answer and watch both ends for their first inbound audio, all in-page so no round trip is counted.
    const [answeredAt, agentFirst, customerFirst] = await Promise.all([
      agent.evaluate((id) => {
        const t = performance.timeOrigin + performance.now();
        void window.agent.port.answer(id);
        return t;
      }, callId),
      agent.waitForFunction(() => Object.values(window.agent.calls).some((c) => c.state === 'active')).then(() =>
        agent.evaluate(firstInbound, 'window.__pcs.at(-1)'),
      ),
      customer.waitForFunction((id) => window.customer.sessions[id].session.connection, sid).then(() => customer.evaluate(firstInbound, `window.customer.pc(${sid})`)),
    ]);
    media.push(Math.max(agentFirst, customerFirst) - answeredAt);

    await customer.evaluate((id) => window.customer.hangup(id), sid);
    await agent.waitForFunction(() => Object.values(window.agent.calls).every((c) => c.state === 'ended'));
    await sleep(200);
  }
  console.log(`BENCH ring_ui_ms ${median(ring).toFixed(1)} ms`);
  console.log(`BENCH answer_media_ms ${median(media).toFixed(1)} ms`);
  if (process.env.BENCH_VERBOSE) console.log({ ring, media });
} finally {
  await browser?.close();
  server.close();
  kamailio.kill('SIGTERM');
  await new Promise((r) => (kamailio.exitCode !== null ? r() : kamailio.once('exit', r)));
  rmSync(rundir, { recursive: true, force: true });
}
