import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = import.meta.dirname;
// The folder e2e/thread-harness/harness-server.mjs serves (its harnessDist).
const threadHarnessDist = resolve(root, '../../node_modules/.cache/zuoxi-thread-harness');

/**
 * Builds the thread harness: the real ConversationThread on one page, with a seeded query cache and no
 * backend, for the XSS check in a real browser, the thread benchmarks and the screenshot.
 */
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  define: { 'import.meta.env.VITE_MOCK': JSON.stringify('false') },
  resolve: { alias: { '@': resolve(root, '../../src'), '@mocks': resolve(root, '../../mocks') } },
  build: { outDir: threadHarnessDist, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000, minify: process.env.HARNESS_MINIFY !== 'false' },
});
