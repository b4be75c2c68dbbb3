// Runs every benchmark (bench/*.bench.mjs) in turn; each prints `BENCH <name> <value> <unit>` lines.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort();
let failed = 0;
for (const script of scripts) {
  const result = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench ${script} exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
