import { build } from 'vite';
import { join } from 'node:path';

/** Bundles the harness pages (the adapter through its lazy factory, and JsSIP) once per run. */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: join(import.meta.dirname, '../harness/vite.config.ts'), logLevel: 'warn' });
}
