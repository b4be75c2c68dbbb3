import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist-bff');

// The migrator reads its SQL files next to itself (`import.meta.dirname/migrations`): in the bundle that
// is dist-bff/, so the folder goes there too.
function copyMigrations(): Plugin {
  return {
    name: 'zuoxi-copy-migrations',
    apply: 'build',
    closeBundle() {
      cpSync(resolve(root, 'bff/store/migrations'), resolve(outDir, 'migrations'), { recursive: true });
    },
  };
}

/**
 * The BFF bundled for Node 20 (no native TypeScript there): `npm run build:bff` → `node dist-bff/main.js`,
 * and `dist-bff/reset-store.js` for `npm run db:reset`. Our own code (bff/, src/contract, src/domain, the
 * shared seed in mocks/) is bundled, so a start reads a few files instead of hundreds; packages stay in
 * node_modules (an SSR build leaves them external; PGlite loads its wasm from there).
 */
export default defineConfig({
  root,
  // Not the desktop's public/ (ringtones, the MSW worker): the server bundle needs none of it.
  publicDir: false,
  resolve: {
    alias: { '@': resolve(root, 'src'), '@mocks': resolve(root, 'mocks') },
  },
  plugins: [copyMigrations()],
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { main: resolve(root, 'bff/main.ts'), 'reset-store': resolve(root, 'bff/reset-store.ts') },
      // Shared chunks beside the entries, not in a sub-folder: the migrator's `import.meta.dirname` must
      // be dist-bff/ whichever file it lands in.
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
