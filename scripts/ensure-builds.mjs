#!/usr/bin/env node
// Builds the desktop (dist/) and the BFF (dist-bff/) only when a source is newer than the build, so
// `npm start`, `npm run test:e2e:bff` and the BFF bench start in a second when nothing changed.
// As a command: `node scripts/ensure-builds.mjs [desktop] [mock] [bff]` (desktop and bff when none is named).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

const builds = {
  desktop: {
    output: 'dist/index.html',
    sources: ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'],
    args: ['vite', 'build'],
  },
  // The desktop with its mock server in the page: benches and screenshot scripts drive it.
  mock: {
    output: 'dist-mock/index.html',
    sources: ['src', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'],
    args: ['vite', 'build', '--mode', 'mock', '--outDir', 'dist-mock'],
  },
  bff: {
    output: 'dist-bff/main.js',
    // All of src/: the BFF bundles the contract and the domain rules, and a few shared helpers beside them.
    sources: ['bff', 'src', 'mocks', 'package-lock.json'],
    args: ['vite', 'build', '--config', 'bff/vite.bff.config.ts'],
  },
};

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function isStale(name) {
  const build = builds[name];
  const output = join(ROOT, build.output);
  if (!existsSync(output)) return true;
  const builtAt = statSync(output).mtimeMs;
  return build.sources.some((source) => newestMtime(join(ROOT, source)) > builtAt);
}

/** Builds each named part that is missing or older than its sources; says what it does. */
export function ensureBuilds(names = ['desktop', 'bff'], { log = console.log } = {}) {
  for (const name of names) {
    if (!isStale(name)) continue;
    log(`[build] ${name}: ${builds[name].args.join(' ')}`);
    execFileSync('npx', builds[name].args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in builds));
  if (unknown.length) {
    console.error(`ensure-builds: unknown part ${unknown.join(', ')} (${Object.keys(builds).join(', ')})`);
    process.exit(2);
  }
  ensureBuilds(names.length ? names : undefined);
}
