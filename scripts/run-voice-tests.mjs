#!/usr/bin/env node
// `npm run test:voice`: the softphone against a real Kamailio with real WebRTC audio.
//
// 1. Without a `kamailio` binary: skip (exit 0) on a dev machine, fail in CI (CI installs it).
// 2. Re-exec inside a loopback-only network namespace (`unshare --net`, root) so media never leaves the box
//    and the fixed ports cannot clash with anything else running on the machine.
// 3. Preflight: start Kamailio with bff/sip/kamailio.cfg, wait for its WebSocket listener, stop it — a broken
//    config fails here in ~100 ms with Kamailio's own message instead of as 20 test time-outs.
// 4. Run Playwright (e2e/voice/playwright.voice.config.ts). Its worker fixture owns Kamailio from then on,
//    because a test must be able to kill and restart it mid-run.
// Extra arguments go to Playwright: `npm run test:voice -- reconnect`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CFG = join(ROOT, 'bff/sip/kamailio.cfg');
const WS_MODULE = '/usr/lib/x86_64-linux-gnu/kamailio/modules/websocket.so';
const IN_NETNS = process.env.ZUOXI_VOICE_NETNS === '1';
const CI = Boolean(process.env.CI);
const WS_PORT = Number(process.env.VOICE_WS_PORT ?? 18088);
const UDP_PORT = Number(process.env.VOICE_UDP_PORT ?? 15060);
const args = process.argv.slice(2);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const fail = (message) => {
  console.error(`test:voice: ${message}`);
  process.exit(1);
};

if (!IN_NETNS) {
  if (!has('kamailio')) {
    if (CI) fail('kamailio is not installed (CI must install kamailio and kamailio-websocket-modules)');
    console.log('test:voice: SKIPPED — no `kamailio` binary on this machine (apt-get install kamailio kamailio-websocket-modules).');
    process.exit(0);
  }
  if (!existsSync(WS_MODULE)) fail(`${WS_MODULE} is missing (apt-get install kamailio-websocket-modules)`);

  const canUnshare = process.getuid?.() === 0 && has('unshare') && has('ip');
  if (canUnshare) {
    const child = spawn('unshare', ['--net', 'sh', '-c', 'ip link set lo up && exec node "$0" "$@"', fileURLToPath(import.meta.url), ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ZUOXI_VOICE_NETNS: '1' },
    });
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  } else {
    if (CI) fail('CI must run the voice tests as root with unshare and ip available (loopback-only network namespace)');
    console.warn('test:voice: not root or no unshare/ip — running on the host loopback instead of a private network namespace.');
    await runInside();
  }
} else {
  await runInside();
}

async function runInside() {
  await preflightKamailio();
  const code = await new Promise((done) => {
    const child = spawn('npx', ['playwright', 'test', '-c', 'e2e/voice/playwright.voice.config.ts', ...args], { cwd: ROOT, stdio: 'inherit', env: process.env });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
    child.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0)));
  });
  process.exit(code);
}

async function preflightKamailio() {
  const rundir = mkdtempSync(join(tmpdir(), 'zuoxi-kamailio-preflight-'));
  const stderr = [];
  const kamailio = spawn(
    'kamailio',
    ['-f', CFG, '-DD', '-E', '-Y', rundir, '-m', '64', '-M', '8', '-A', `WS_PORT=${WS_PORT}`, '-A', `UDP_PORT=${UDP_PORT}`],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  kamailio.stderr.on('data', (chunk) => stderr.push(chunk));
  const exited = new Promise((done) => kamailio.once('exit', (code) => done(code)));
  const started = Date.now();
  let up = false;
  while (!up && Date.now() - started < 10_000 && kamailio.exitCode === null) {
    try {
      const res = await fetch(`http://127.0.0.1:${WS_PORT}/`, { signal: AbortSignal.timeout(500) });
      await res.body?.cancel();
      up = res.status === 404;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  kamailio.kill('SIGTERM');
  await exited;
  rmSync(rundir, { recursive: true, force: true });
  if (!up) {
    console.error(Buffer.concat(stderr).toString().split('\n').slice(-30).join('\n'));
    fail(`kamailio did not answer on 127.0.0.1:${WS_PORT} (config ${CFG})`);
  }
  console.log(`test:voice: kamailio preflight ok (${Date.now() - started} ms), running Playwright`);
}
