import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { kamailioInstalled } from '../../scripts/dev-kamailio.mjs';
import { chromiumPath, headlessFlags } from '../chromium.mjs';

/** Ports nothing listens on now, all different (held open together, then released), asked of the OS in a
 * child process since the config must be synchronous. */
function freePorts(count: number): number[] {
  const script = `const net=require('net');Promise.all(Array.from({length:${count}},()=>new Promise(r=>{const s=net.createServer().listen(0,'127.0.0.1',()=>r(s))}))).then(ss=>{console.log(ss.map(s=>s.address().port).join(' '));ss.forEach(s=>s.close())})`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number);
}

// Chosen once, in the runner: the workers load this file again and inherit the runner's environment.
const portVars = ['E2E_BFF_PORT', 'E2E_BFF_SIP_PORT', 'E2E_BFF_SIP_UDP_PORT'].filter((name) => !process.env[name]);
if (portVars.length) freePorts(portVars.length).forEach((free, i) => (process.env[portVars[i]!] = String(free)));
// Kamailio is started with the BFF when installed: the phone registers, so a seat may go Ready. Stories
// that need it say so (requirePhone in bff-test.ts); CI installs it.
process.env.E2E_BFF_PHONE ??= kamailioInstalled() ? '1' : '0';
const port = Number(process.env.E2E_BFF_PORT);

/**
 * The production desktop against the real BFF (test mode, throwaway PGlite) in Debian's Chromium.
 * `npm run test:e2e:bff` builds dist/ and dist-bff/ first; this starts them and builds nothing.
 */
export default defineConfig({
  testDir: 'specs',
  // Each story has two browsers, sign-ins (scrypt) and a real store behind it: a loaded 2-core machine
  // takes several times what a quiet one does.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // One backend for the run, reset by every test: tests cannot share it at the same time.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e-bff',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // A fake microphone, as an agent's headset: without one the desktop keeps the seat Not ready.
    launchOptions: { executablePath: chromiumPath, args: [...headlessFlags, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] },
  },
  webServer: {
    // Run from this folder (Playwright's default for a web server).
    command: `node serve-test-bff.mjs ${port} ${process.env.E2E_BFF_SIP_PORT} ${process.env.E2E_BFF_SIP_UDP_PORT}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // A new PGlite folder is created on the first start: seconds, many more on a busy machine.
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
