import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWidgetPlugin } from './src/widget/build-widget-plugin.ts';

// The MSW service worker lives in public/ so dev and mock builds serve it; a production
// build must not ship it (nothing there registers it, and it would intercept fetches).
function dropMockWorker(mock: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'zuoxi-drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!mock) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const mock = mode === 'mock';
  return {
    // The customer's chat widget is built after the desktop, as a build of its own (dist/widget/).
    plugins: [react(), dropMockWorker(mock), buildWidgetPlugin()],
    define: { 'import.meta.env.VITE_MOCK': JSON.stringify(mock ? 'true' : (process.env.VITE_MOCK ?? 'false')) },
    resolve: {
      alias: { '@': resolve(import.meta.dirname, 'src'), '@mocks': resolve(import.meta.dirname, 'mocks') },
    },
    // `npm run dev`: the API and its realtime socket (/api/events) from a BFF (`npm start`, or ZUOXI_BFF_URL).
    // The Host header is kept, so the BFF's same-origin check on the socket sees the dev server's own origin.
    server: { port: 5173, proxy: mock ? undefined : { '/api': { target: process.env.ZUOXI_BFF_URL ?? 'http://127.0.0.1:8787', ws: true } } },
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 800,
      // Everything the entry loads statically travels as one chunk. Left to itself the splitter cuts the
      // first-paint code into a dozen small chunks wherever a lazy part (the customer view, the supervisor
      // area) shares a module with it, and each small chunk compresses worse and costs its own request.
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
    },
  };
});
