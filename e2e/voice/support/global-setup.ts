import { build } from 'vite';
import { join } from 'node:path';
import { REPO_ROOT } from './kamailio';
import { APP_DIST } from './voice-env';

/**
 * Bundles, once per run: the harness pages (the adapter through its lazy factory, and JsSIP), and the
 * desktop in mock mode into a private folder (never dist-mock, which the main e2e run may be serving).
 */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: join(import.meta.dirname, '../harness/vite.config.ts'), logLevel: 'warn' });
  await build({
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    root: REPO_ROOT,
    mode: 'mock',
    logLevel: 'warn',
    build: { outDir: APP_DIST, emptyOutDir: true },
  });
}
