// Bundle size and first paint of the production build.
// BENCH critical_js_gzip_kb: JS the login page and the agent shell need (entry + static imports + the
//   workspace route's chunk closure), gzip. BENCH total_js_gzip_kb: every JS file shipped.
// BENCH lcp_ms: median largest-contentful-paint of 5 cold loads of /login in Debian's Chromium.
import { execSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
execSync('npx vite build --emptyOutDir --manifest', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) continue;
    seen.add(key);
    closure(chunk.imports ?? [], seen);
  }
  return seen;
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const workspace = Object.keys(manifest).find((k) => k.endsWith('routes/workspace-route.tsx'));
const critical = closure([entry, workspace].filter(Boolean));
const criticalBytes = [...critical].reduce((sum, key) => sum + gz(manifest[key].file), 0);

const jsFiles = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const totalBytes = jsFiles.reduce((sum, f) => sum + gz(join('assets', f)), 0);
console.log(`BENCH critical_js_gzip_kb ${(criticalBytes / 1024).toFixed(1)} kB`);
console.log(`BENCH total_js_gzip_kb ${(totalBytes / 1024).toFixed(1)} kB`);

const port = 4175;
const server = spawn('npx', ['vite', 'preview', '--outDir', 'dist', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/login`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: headlessFlags,
  });
  const samples = [];
  for (let i = 0; i < 5; i += 1) {
    // A new context is a cold cache: nothing of the previous load is reused.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/login`, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const lcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    samples.push(lcp);
    await context.close();
  }
  await browser.close();
  samples.sort((a, b) => a - b);
  console.log(`BENCH lcp_ms ${Math.round(samples[2])} ms`);
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
