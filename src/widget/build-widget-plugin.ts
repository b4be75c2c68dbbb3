import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { widgetBuildConfig } from './widget-build-config.ts';

/** Builds the chat widget after the desktop, into its outDir, so every `vite build` ships both. */
export function buildWidgetPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'zuoxi-build-widget',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build(widgetBuildConfig(outDir));
    },
  };
}
