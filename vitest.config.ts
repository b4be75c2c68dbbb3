import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig({ ...env, mode: 'test' }), {
    // Route tests run the desktop as mock mode does: MSW in-process and the fake phone.
    define: { 'import.meta.env.VITE_MOCK': JSON.stringify('true') },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'bff/**/*.test.ts'],
      setupFiles: ['src/testing/setup-tests.ts'],
      globals: false,
      testTimeout: 60_000,
      pool: 'threads',
    },
  }),
);
