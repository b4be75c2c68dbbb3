// Builds the thread harness when a source is newer than the build, and serves it to a browser context
// through Playwright's routing (no port, no server process): every request to HARNESS_ORIGIN is answered
// from the build; nothing else is routed, so a request that leaves for another host is still seen.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const harnessDist = join(root, 'node_modules/.cache/zuoxi-thread-harness');
export const HARNESS_ORIGIN = 'http://thread-harness.test';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

export function buildThreadHarness() {
  const index = join(harnessDist, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...['src', 'e2e/thread-harness', 'package.json'].map((p) => newestMtime(join(root, p))));
  if (sourcesAt <= builtAt) return;
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'e2e/thread-harness/vite.config.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Answers HARNESS_ORIGIN from the build, for a Playwright page or browser context. */
export async function routeThreadHarness(target) {
  await target.route(`${HARNESS_ORIGIN}/**`, (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(harnessDist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(harnessDist) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

/** The harness page's address for a scenario (see e2e/thread-harness/main.tsx for the parameters). */
export function harnessUrl(params) {
  return `${HARNESS_ORIGIN}/index.html?${new URLSearchParams(params)}`;
}
