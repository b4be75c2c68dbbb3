import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

/** Builds the two harness pages (sip.js agent, JsSIP customer) for the voice tests. */
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@': resolve(root, '../../../src') } },
  build: {
    // node_modules/.cache is git-ignored and survives between runs
    outDir: resolve(root, '../../../node_modules/.cache/zuoxi-voice-harness'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { agent: resolve(root, 'agent.html'), customer: resolve(root, 'customer.html') } },
  },
});
