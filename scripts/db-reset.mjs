#!/usr/bin/env node
// `npm run db:reset`: the store back to the demo data — PGlite's folder (.data/pglite, or ZUOXI_DATA_DIR)
// removed and created again, or the DATABASE_URL database truncated; then migrated and seeded
// (bff/reset-store.ts, bundled into dist-bff/).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilds, ROOT } from './ensure-builds.mjs';

// PGlite is one process's folder: wiping it under a running BFF would corrupt what that BFF still writes.
const port = Number(process.env.PORT ?? 8787);
const running = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) }).then(
  (res) => res.ok,
  () => false,
);
if (running && !process.env.DATABASE_URL) {
  console.error(`[db:reset] a BFF answers on port ${port}: stop it first (Ctrl-C in \`npm start\`), then reset.`);
  process.exit(1);
}

ensureBuilds(['bff']);
const result = spawnSync(process.execPath, [join(ROOT, 'dist-bff/reset-store.js')], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
