import { defineConfig } from '@playwright/test';
import { chromiumPath, headlessFlags } from './e2e/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);

/** Mock-mode e2e: the built desktop (vite preview of the mock build) in Debian's Chromium. */
export default defineConfig({
  testDir: 'e2e/specs',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI only (a loaded runner); a retried test is still listed as "flaky".
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: headlessFlags,
    },
  },
  webServer: {
    command: `npx vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/login`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
