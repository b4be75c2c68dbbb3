// Voice latency on loopback against a real Kamailio, medians of 10 calls:
// BENCH ring_ui_ms: the JsSIP customer sends its INVITE → the agent page paints the ringing call.
// BENCH answer_media_ms: the agent answers → audio flows both ways (inbound-rtp bytes on both ends, getStats).
// The agent page is the real desktop (mock-mode build, sip.js adapter forced on with localStorage
// `zuoxi.softphone=sip`, signed in as zhang.wei = 1001); "shown" is the first animation frame in which the
// "Incoming call" card is in the DOM, "answer" is the click on its Answer button.
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
const APP_PORT = 4183;
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
const appDist = join(ROOT, 'node_modules/.cache/zuoxi-voice-app-bench');
await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, mode: 'mock', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } });
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
const preview = spawn(
  process.execPath,
  [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--mode', 'mock', '--outDir', appDist, '--host', '127.0.0.1', '--port', String(APP_PORT), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore' },
);

let browser;
try {
  await waitForHttp(`http://127.0.0.1:${WS_PORT}/`, 404);
  await waitForHttp(`http://127.0.0.1:${APP_PORT}/login`, 200, 30000);
  const { chromium } = await import('@playwright/test');
  const { chromiumPath, voiceFlags } = await import('../e2e/chromium.mjs');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: voiceFlags(tone),
  });
  const ws = encodeURIComponent(`ws://127.0.0.1:${WS_PORT}`);
  const agentContext = await browser.newContext({ baseURL: `http://127.0.0.1:${APP_PORT}`, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  await agentContext.addInitScript((wsUrl) => {
    localStorage.setItem('zuoxi.locale', 'en');
    localStorage.setItem('zuoxi.softphone', 'sip');
    localStorage.setItem('zuoxi.mock.sipWsUrl', wsUrl);
    // Record the page's peer connections so the bench can read getStats without the app exposing them.
    const pcs = [];
    window.__pcs = pcs;
    window.RTCPeerConnection = new Proxy(window.RTCPeerConnection, {
      construct(target, args) {
        const pc = new target(...args);
        pcs.push(pc);
        return pc;
      },
    });
    // When the agent clicked Answer (event time, not when Playwright returned).
    document.addEventListener(
      'click',
      (e) => {
        const button = e.target instanceof Element ? e.target.closest('button') : null;
        if (button?.textContent?.trim() === 'Answer') window.__answerClickAt = performance.timeOrigin + e.timeStamp;
      },
      true,
    );
  }, `ws://127.0.0.1:${WS_PORT}`);
  const agent = await agentContext.newPage();
  await agent.goto('/login');
  await agent.getByRole('textbox', { name: 'Username' }).fill('zhang.wei');
  await agent.getByLabel('Password', { exact: false }).and(agent.locator('input')).fill('zuoxi123');
  await agent.getByRole('button', { name: 'Sign in' }).click();
  await agent.getByRole('status', { name: /^Phone: registered/ }).waitFor({ timeout: 20000 });
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
  const incoming = agent.getByRole('region', { name: 'Incoming call' });
  for (let i = 0; i < CALLS; i++) {
    // Watch for the card in every animation frame, armed before the INVITE leaves.
    const shown = agent.waitForFunction(() => document.querySelector('[aria-label="Incoming call"]') && performance.timeOrigin + performance.now(), undefined, {
      polling: 'raf',
      timeout: 10000,
    });
    const sid = await customer.evaluate(() => window.customer.call('1001'));
    const shownAt = await (await shown).jsonValue();
    const sentAt = await customer.waitForFunction((id) => window.customer.sessions[id].sendingAt, sid).then((h) => h.jsonValue());
    ring.push(shownAt - sentAt);

    // Answer with a real click; both ends report their first inbound audio bytes in-page.
    const pcsBefore = await agent.evaluate(() => window.__pcs.length);
    const [, agentFirst, customerFirst] = await Promise.all([
      incoming.getByRole('button', { name: 'Answer', exact: true }).click(),
      agent
        .waitForFunction((n) => window.__pcs.length > n, pcsBefore)
        .then(() => agent.evaluate(firstInbound, 'window.__pcs.at(-1)')),
      customer.waitForFunction((id) => window.customer.sessions[id].session.connection, sid).then(() => customer.evaluate(firstInbound, `window.customer.pc(${sid})`)),
    ]);
    const answeredAt = await agent.evaluate(() => window.__answerClickAt);
    media.push(Math.max(agentFirst, customerFirst) - answeredAt);

    await customer.evaluate((id) => window.customer.hangup(id), sid);
    await agent.getByRole('region', { name: 'Current call' }).waitFor({ state: 'detached' });
    await sleep(300);
  }
  console.log(`BENCH ring_ui_ms ${median(ring).toFixed(1)} ms`);
  console.log(`BENCH answer_media_ms ${median(media).toFixed(1)} ms`);
  if (process.env.BENCH_VERBOSE) console.log({ ring, media });
} finally {
  await browser?.close();
  server.close();
  preview.kill('SIGTERM');
  kamailio.kill('SIGTERM');
  await new Promise((r) => (kamailio.exitCode !== null ? r() : kamailio.once('exit', r)));
  rmSync(rundir, { recursive: true, force: true });
}
