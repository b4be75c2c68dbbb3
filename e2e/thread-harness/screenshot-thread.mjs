// Screenshots of the thread (showcase scenario) for a look by eye: node e2e/thread-harness/screenshot-thread.mjs [lng] [theme]
// Written to test-results/thread-<lng>-<theme>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, headlessFlags } from '../chromium.mjs';
import { buildThreadHarness, harnessUrl, routeThreadHarness } from './harness-server.mjs';

const [lng = 'zh-CN', theme = 'light'] = process.argv.slice(2);
buildThreadHarness();
const browser = await chromium.launch({ executablePath: chromiumPath, args: headlessFlags });
try {
  const page = await browser.newPage({ viewport: { width: 760, height: Number(process.env.HEIGHT ?? 860) } });
  await routeThreadHarness(page);
  await page.route('**/*.evil.example/**', (route) => route.abort());
  await page.goto(harnessUrl({ scenario: 'showcase', lng, theme, height: String(Number(process.env.HEIGHT ?? 860) - 20) }));
  await page.getByRole('log').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.readyState === 'complete'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync('test-results', { recursive: true });
  const path = `test-results/thread-${lng}-${theme}.png`;
  await page.screenshot({ path });
  console.log(path);
} finally {
  await browser.close();
}
