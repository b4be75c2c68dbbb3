#!/usr/bin/env node
// `npm start`: the whole desktop at one address. Builds the desktop and the BFF when stale, starts Kamailio
// when installed (the phone registers to it), then the BFF in demo mode (PGlite in .data/, seeded with the
// demo data on its first start) serving the built desktop. Ctrl-C stops everything it started.
// Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL, ZUOXI_SIP_WS_URL (set: your own SIP server,
// no Kamailio started), KAMAILIO_WS_PORT (8088), KAMAILIO_UDP_PORT (5060).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { kamailioInstalled, startDevKamailio } from './dev-kamailio.mjs';
import { ensureBuilds, ROOT } from './ensure-builds.mjs';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const url = `http://${host}:${port}`;
const dataDir = join(ROOT, '.data');
mkdirSync(dataDir, { recursive: true });

// Another server on the port would answer the health check below in our BFF's place.
if (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)) {
  console.error(`[start] ${url} is already in use (another \`npm start\`?): stop it, or choose another port: PORT=8788 npm start`);
  process.exit(1);
}

ensureBuilds();

let kamailio = null;
let sipWsUrl = process.env.ZUOXI_SIP_WS_URL;
let phoneNote;
if (sipWsUrl) {
  phoneNote = `registers to ${sipWsUrl} (ZUOXI_SIP_WS_URL)`;
} else {
  const wsPort = Number(process.env.KAMAILIO_WS_PORT ?? 8088);
  const udpPort = Number(process.env.KAMAILIO_UDP_PORT ?? 5060);
  sipWsUrl = `ws://127.0.0.1:${wsPort}`;
  if (!kamailioInstalled()) {
    phoneNote = 'shows offline: Kamailio is not installed (bash scripts/setup.sh installs it)';
  } else {
    kamailio = await startDevKamailio({ root: ROOT, wsPort, udpPort, logFile: join(dataDir, 'kamailio.log') });
    phoneNote = kamailio ? `registers to Kamailio at ${sipWsUrl} (log: .data/kamailio.log)` : 'shows offline: Kamailio did not start';
  }
}

const firstStart = !process.env.DATABASE_URL && !existsSync(join(dataDir, 'pglite'));
if (firstStart) console.log('[bff] first start: creating the demo store in .data/ (a few seconds)');
const bff = spawn(process.execPath, [join(ROOT, 'dist-bff/main.js')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ZUOXI_MODE: 'demo', PORT: String(port), HOST: host, ZUOXI_STATIC_DIR: join(ROOT, 'dist'), ZUOXI_SIP_WS_URL: sipWsUrl },
});
const bffExited = new Promise((done) => bff.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (bff.exitCode === null && bff.signalCode === null) bff.kill('SIGTERM');
  await bffExited;
  await kamailio?.stop();
  process.exit(code);
}
// Ctrl-C reaches the whole process group (the BFF and Kamailio close themselves on it); SIGTERM from a
// supervisor reaches only this script, so it is passed on either way.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
void bffExited.then((code) => {
  if (!stopping) {
    console.error(`[bff] stopped unexpectedly (exit ${code})`);
    void stop(code || 1);
  }
});

// The address is printed once the BFF answers, so what is printed works when opened.
const deadline = Date.now() + 120_000;
for (;;) {
  if (stopping) break;
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline) {
    console.error(`[bff] did not answer on ${url} within 2 minutes`);
    await stop(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
if (!stopping) {
  console.log(`
  Zuoxi is running at ${url}
  Sign in as zhang.wei (agent), li.na (expert), wang.fang (team lead) or emma.clark; password zuoxi123.
  The phone ${phoneNote}.
  Ctrl-C stops it. \`npm run db:reset\` (while stopped) brings back the demo data.
`);
}
