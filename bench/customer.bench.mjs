// The BFF answering the unified customer view over a centre-sized customer base, on PGlite.
//
// Setup (once per run, not measured): the BFF and a sampler are bundled for Node by Vite's SSR build into
// .tmp/bench-customer/; the BFF starts in test mode on a free port with a fresh PGlite folder in the system's
// temp dir and ZUOXI_SEED_SIZE=large, so it streams the large dataset into it (100,000 customers, about
// 1.2 million past contacts) — how long that takes is printed (BENCH bff_customer_seed_s). Then the
// sampler lists every 50th customer (a number, a name as an agent types it, an account) and the customer
// with 5,000 contacts. Four agents sign in (three cn, one intl).
//
// Load: open loop at 200 requests a second for 20 s (after 3 s of warm-up at the same rate, not counted):
// request i is sent at start + i × 5 ms whether or not earlier ones have answered, so a slow answer cannot
// hold back the ones behind it (no coordinated omission). The requests are agents opening customers, six
// a view: the screen pop (lookup by number), the header, subscriptions, accounts, the first timeline page,
// and a search (by name as typed, else by account).
//
// BENCH bff_customer_p99_ms: p99 of the time from sending a request to its whole answer read; goal ≤ 50.
// Extra figures: p50, p95, max, per endpoint, errors, how late the sender ran behind its schedule, and the
// server's CPU time per request (from /proc: what the figure costs, whatever else runs on the machine).
//
// ZUOXI_BENCH_DATA_DIR=<folder> keeps the PGlite folder between runs (seeded on the first, reused after):
// for working on the server, not for the figure of record.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { percentile } from './percentile.mjs';
import { freePort } from '../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.tmp', 'bench-customer');
const RATE = 200;
const WARMUP_MS = 3000;
const MEASURE_MS = 20_000;

// Inside the project, so the bundle's bare imports (hono, PGlite…) resolve from node_modules.
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: { '@': join(root, 'src'), '@mocks': join(root, 'mocks') } },
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { main: join(root, 'bff/main.ts'), sample: join(root, 'bench/customer-bench-sample.ts') },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
// The migrator reads its SQL beside itself.
cpSync(join(root, 'bff/store/migrations'), join(outDir, 'migrations'), { recursive: true });

const keptDir = process.env.ZUOXI_BENCH_DATA_DIR ? resolve(process.env.ZUOXI_BENCH_DATA_DIR) : null;
const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'zuoxi-bench-customer-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let server;
try {
  const seedStarted = performance.now();
  server = spawn(process.execPath, ['--max-old-space-size=4096', join(outDir, 'main.js')], {
    env: { ...process.env, ZUOXI_MODE: 'test', PORT: String(port), HOST: '127.0.0.1', ZUOXI_DATA_DIR: dataDir, ZUOXI_SEED_SIZE: 'large', ZUOXI_STATIC_DIR: '', DATABASE_URL: '', NATS_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let loadLine = '';
  await new Promise((done, fail) => {
    let buffer = '';
    server.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.includes('loaded in')) loadLine = line;
        if (line.includes('listening on')) done();
      }
    });
    server.on('exit', (code) => fail(new Error(`BFF exited ${code} before listening`)));
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  console.log(`customer bench: BFF up with the large dataset after ${seedSeconds.toFixed(1)} s (${loadLine.replace('[bff] ', '') || 'already loaded'})`);
  console.log(`BENCH bff_customer_seed_s ${seedSeconds.toFixed(1)} s`);

  // After the seeding, so the figure above is the store's alone.
  const samples = await new Promise((done, fail) => {
    const sampler = spawn(process.execPath, [join(outDir, 'sample.js'), '50'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    sampler.stdout.on('data', (chunk) => (text += chunk));
    sampler.on('exit', (code) => (code === 0 ? done(JSON.parse(text)) : fail(new Error(`sampler exited ${code}`))));
  });

  const byTenant = { cn: samples.filter((s) => s.tenant === 'cn'), intl: samples.filter((s) => s.tenant === 'intl') };
  console.log(`customer bench: ${samples.length} sampled customers (${byTenant.cn.length} cn, ${byTenant.intl.length} intl)`);

  async function signIn(username) {
    const answer = await fetch(`${base}/api/session/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base }, body: JSON.stringify({ username, password: 'zuoxi123' }) });
    if (answer.status !== 200) throw new Error(`sign-in of ${username}: ${answer.status}`);
    const cookie = answer.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { user } = await answer.json();
    return { tenant: user.tenant, cookie };
  }
  const agents = [await signIn('zhang.wei'), await signIn('li.na'), await signIn('chen.jie'), await signIn('emma.clark')];

  // A deterministic walk (no Math.random): view v opens customer (v × 7919) of its agent's centre.
  const q = encodeURIComponent;
  function requestFor(i) {
    const view = Math.floor(i / 6);
    const agent = agents[view % agents.length];
    const pool = byTenant[agent.tenant];
    const c = pool[(view * 7919) % pool.length];
    const id = q(c.customerId);
    const steps = [
      ['customers.lookup', `/api/callers?from=${q(c.msisdn)}`],
      ['customers.get', `/api/customers/${id}`],
      ['customers.subscriptions', `/api/customers/${id}/subscriptions`],
      ['customers.accounts', `/api/customers/${id}/accounts`],
      ['customers.contacts', `/api/customers/${id}/contacts?limit=50`],
      ['customers.search', `/api/customers?q=${q(view % 2 === 0 ? c.name : c.accountId)}`],
    ];
    const [endpoint, path] = steps[i % 6];
    return { agent, endpoint, path };
  }

  const results = [];
  let errors = 0;
  let maxLag = 0;
  async function send(i, record) {
    const { agent, endpoint, path } = requestFor(i);
    const started = performance.now();
    try {
      const answer = await fetch(`${base}${path}`, { headers: { Cookie: agent.cookie, Accept: 'application/json' } });
      await answer.arrayBuffer();
      if (answer.status !== 200) {
        errors++;
        if (errors <= 3) console.error(`customer bench: ${endpoint} ${path} answered ${answer.status}`);
      }
    } catch (error) {
      errors++;
      if (errors <= 3) console.error(`customer bench: ${endpoint} failed`, error);
    }
    if (record) results.push({ endpoint, ms: performance.now() - started });
  }

  async function run(durationMs, offset, record) {
    const total = Math.round((durationMs / 1000) * RATE);
    const interval = 1000 / RATE;
    const start = performance.now();
    const inFlight = [];
    let next = 0;
    await new Promise((done) => {
      const tick = () => {
        const now = performance.now();
        while (next < total && start + next * interval <= now) {
          maxLag = record ? Math.max(maxLag, now - (start + next * interval)) : maxLag;
          inFlight.push(send(offset + next, record));
          next++;
        }
        if (next < total) setTimeout(tick, Math.max(0, start + next * interval - performance.now()));
        else done();
      };
      tick();
    });
    await Promise.all(inFlight);
    return total;
  }

  // utime + stime of the server, in ms (Linux; null elsewhere).
  const serverCpuMs = () => {
    try {
      const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return null;
    }
  };
  const warm = await run(WARMUP_MS, 0, false);
  errors = 0;
  const cpuBefore = serverCpuMs();
  await run(MEASURE_MS, warm, true);
  const cpuAfter = serverCpuMs();

  const all = results.map((r) => r.ms).sort((a, b) => a - b);
  const p99 = percentile(all, 0.99);
  console.log(`customer bench: ${results.length} requests in ${MEASURE_MS / 1000} s at ${RATE}/s; errors ${errors}; sender at most ${maxLag.toFixed(1)} ms behind schedule`);
  if (cpuBefore !== null && cpuAfter !== null) console.log(`customer bench: server CPU ${((cpuAfter - cpuBefore) / results.length).toFixed(2)} ms a request (${((cpuAfter - cpuBefore) / MEASURE_MS * 100).toFixed(0)}% of a core); machine load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  console.log(`customer bench: p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${all.at(-1).toFixed(1)} ms`);
  for (const endpoint of [...new Set(results.map((r) => r.endpoint))]) {
    const list = results.filter((r) => r.endpoint === endpoint).map((r) => r.ms).sort((a, b) => a - b);
    console.log(`  ${endpoint.padEnd(24)} p50 ${percentile(list, 0.5).toFixed(1).padStart(6)} ms  p99 ${percentile(list, 0.99).toFixed(1).padStart(6)} ms`);
  }
  console.log(`BENCH bff_customer_p99_ms ${p99.toFixed(1)} ms`);
  if (errors > 0) process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
  if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
}
