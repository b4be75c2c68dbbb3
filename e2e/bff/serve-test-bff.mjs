#!/usr/bin/env node
// Playwright's web server for the BFF e2e run: Kamailio (when installed, so the phone registers and a seat
// may go Ready) and the built BFF (dist-bff/) in test mode serving the built desktop (dist/), on a
// throwaway PGlite folder removed when it stops. Builds nothing: `npm run test:e2e:bff` builds first.
// Usage: node e2e/bff/serve-test-bff.mjs <http-port> <sip-ws-port> <sip-udp-port>
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kamailioInstalled, startDevKamailio } from '../../scripts/dev-kamailio.mjs';

const root = resolve(import.meta.dirname, '../..');
const [port, sipWsPort, sipUdpPort] = process.argv.slice(2);
for (const built of ['dist-bff/main.js', 'dist/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`serve-test-bff: ${built} is missing — run \`npm run test:e2e:bff\` (it builds first)`);
    process.exit(1);
  }
}

const logDir = join(root, 'test-results');
mkdirSync(logDir, { recursive: true });
const kamailio = kamailioInstalled()
  ? await startDevKamailio({ root, wsPort: Number(sipWsPort), udpPort: Number(sipUdpPort), logFile: join(logDir, 'e2e-bff-kamailio.log') })
  : null;

const dataDir = mkdtempSync(join(tmpdir(), 'zuoxi-e2e-bff-'));
const bff = spawn(process.execPath, [join(root, 'dist-bff/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ZUOXI_MODE: 'test',
    PORT: port,
    HOST: '127.0.0.1',
    ZUOXI_DATA_DIR: join(dataDir, 'pglite'),
    ZUOXI_STATIC_DIR: join(root, 'dist'),
    ZUOXI_SIP_WS_URL: `ws://127.0.0.1:${sipWsPort}`,
    DATABASE_URL: '',
    NATS_URL: '',
  },
});
bff.once('exit', async (code) => {
  await kamailio?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
// Playwright stops its web server with SIGTERM to the process group; passed on in case only this one gets it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bff.kill('SIGTERM'));
