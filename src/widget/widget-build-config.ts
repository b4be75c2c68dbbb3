import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * The customer's chat widget as its own build (dist/widget/, served at /widget/): a separate build rather
 * than a second input of the desktop's, so none of the desktop's chunks (its one `app` group of first-paint
 * code) can end up on the widget's page, and nothing of the widget in the desktop's critical JS.
 */
export function widgetBuildConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    root: resolve(root, 'src/widget'),
    base: '/widget/',
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': resolve(root, 'src') } },
    build: {
      outDir: resolve(outDir, 'widget'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: { input: { index: resolve(root, 'src/widget/index.html') } },
    },
  };
}
