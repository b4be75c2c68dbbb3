// Helpers for a benchmark against the built BFF (dist-bff/, rebuilt when stale): a freshly seeded PGlite
// folder, the server in test mode on a free port (API only), and sign-in as the desktop does it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilds, ROOT } from '../scripts/ensure-builds.mjs';
import { freePort } from '../scripts/free-port.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export { percentile } from './percentile.mjs';

/** Seeds a throwaway store and starts the BFF on it; `stop()` ends it and removes the store. */
export async function startBenchBff() {
  ensureBuilds(['bff']);
  const dataDir = mkdtempSync(join(tmpdir(), 'zuoxi-bench-chat-'));
  // Uploads go beside the throwaway store, not into the project's .data/.
  const env = { ...process.env, ZUOXI_MODE: 'test', ZUOXI_DATA_DIR: join(dataDir, 'pglite'), ZUOXI_ATTACHMENTS_DIR: join(dataDir, 'attachments'), ZUOXI_STATIC_DIR: '', DATABASE_URL: '', NATS_URL: '' };
  const reset = spawnSync(process.execPath, [join(ROOT, 'dist-bff/reset-store.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env });
  if (reset.status !== 0) throw new Error('seeding the store failed');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'dist-bff/main.js')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, PORT: String(port), HOST: '127.0.0.1' } });
  const exited = new Promise((done) => child.once('exit', done));
  const started = performance.now();
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      await res.body?.cancel();
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`the BFF exited (${child.exitCode}) before answering`);
    if (performance.now() - started > 120_000) throw new Error('the BFF did not answer within 2 minutes');
    await sleep(20);
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP as the desktop does: `call` then sends the cookie, origin and CSRF token on every request. */
export async function signIn(url, username, password = 'zuoxi123') {
  const res = await fetch(`${url}/api/session/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${JSON.stringify(body)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = body.csrfToken;
  return {
    cookie,
    csrf,
    async call(method, path, json) {
      const answer = await fetch(`${url}${path}`, {
        method,
        headers: { cookie, origin: url, 'x-csrf-token': csrf, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
        body: json === undefined ? undefined : JSON.stringify(json),
      });
      const text = await answer.text();
      if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
  };
}
