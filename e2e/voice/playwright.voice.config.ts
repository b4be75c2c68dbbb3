import { defineConfig } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { CACHE_DIR, TONE_WAV, voiceChromiumArgs } from './support/voice-env';
import { chromiumPath } from '../chromium.mjs';
import { writeToneWav } from './support/write-tone-wav';

// Chromium loops this file as every fake microphone: a steady tone makes "audio flows" and
// "audio is silent" measurable with getStats energy.
if (!existsSync(TONE_WAV)) {
  mkdirSync(CACHE_DIR, { recursive: true });
  writeToneWav(TONE_WAV);
}

/** Voice e2e against a real Kamailio: run through `npm run test:voice` (loopback-only network namespace). */
export default defineConfig({
  testDir: './specs',
  testMatch: '**/*.voice.spec.ts',
  outputDir: '../../test-results/voice',
  globalSetup: './support/global-setup.ts',
  // One Kamailio and real media per run: serial. Locally no retries, so flakiness shows; in CI
  // one retry, because a loaded runner can starve real media for a moment. A retried test is
  // still listed as "flaky" in the CI log, and a real fault fails both attempts.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: '../../test-results/voice/junit.xml' }]] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: voiceChromiumArgs(TONE_WAV) },
    trace: 'retain-on-failure',
  },
});
