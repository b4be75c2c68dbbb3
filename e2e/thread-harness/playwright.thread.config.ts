import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** The thread's browser checks alone (they serve their own harness): no mock build, no preview server. */
export default defineConfig({ ...base, webServer: undefined, testDir: '../specs', testMatch: 'thread-*.spec.ts', outputDir: '../../test-results/e2e-thread' });
