// Screenshots of the customer view for looking at it: 王建国 popped by a ringing call (contact bar, identity
// check) and 刘丽 (risk flags) opened by search, in zh-CN and en, light and dark, at 1440×900 and at
// 1093×614 (1366×768 at 125 %, where the context panel floats). Needs the mock build (`npm run build:mock`).
// Usage: node scripts/customer-screenshots.mjs [outDir]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';

const outDir = process.argv[2] ?? '.tmp/screens';
mkdirSync(outDir, { recursive: true });
const port = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = spawn('npx', ['vite', 'preview', '--mode', 'mock', '--outDir', 'dist-mock', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;

const sizes = { wide: { width: 1440, height: 900 }, narrow: { width: 1093, height: 614 } };
const ready = { 'zh-CN': '示闲', en: 'Ready' };
const contextButton = { 'zh-CN': '客户 · 知识 · 推荐', en: 'Customer · Knowledge · Offers' };

let browser;
try {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: headlessFlags });
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const locale of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport });
        await context.addInitScript(
          ([lng, mode]) => {
            if (sessionStorage.getItem('shot')) return;
            sessionStorage.setItem('shot', '1');
            localStorage.setItem('zuoxi.locale', lng);
            localStorage.setItem('zuoxi.preferences', JSON.stringify({ state: { theme: mode, density: 'compact', fontScale: 100 }, version: 0 }));
          },
          [locale, theme],
        );
        const page = await context.newPage();
        await page.goto(`${base}/login`);
        await page.locator('input[autocomplete="username"]').fill('zhang.wei');
        await page.locator('input[type="password"]').fill('zuoxi123');
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(`${base}/`);
        await page.waitForFunction(() => !!window.__zuoxiMock);
        await page.waitForTimeout(1500);
        // Ready, then a call from 王建国's number: the pop while it rings.
        await page.getByRole('button', { name: /(— change state|，更改坐席状态)$/ }).first().click();
        await page.getByRole('menuitem', { name: ready[locale], exact: true }).click();
        await page.waitForTimeout(500);
        await page.evaluate(() => window.__zuoxiMock.injectContact({ channel: 'voice', from: '14799603397', intent: 'billing' }));
        await page.waitForURL(/\/customers\/c-cn-0001$/);
        if (sizeName === 'narrow') await page.getByRole('button', { name: contextButton[locale] }).click();
        await page.locator('[data-customer-header="c-cn-0001"]').waitFor();
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${outDir}/customer-wang-${sizeName}-${locale}-${theme}.png` });
        // Scrolled down the panel: the sections under the header.
        await page.locator('[data-section="timeline"]').scrollIntoViewIfNeeded();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${outDir}/customer-wang-sections-${sizeName}-${locale}-${theme}.png` });
        // 刘丽 by search.
        await page.keyboard.press('Control+k');
        await page.getByRole('dialog').getByRole('combobox').fill('刘丽');
        await page.getByRole('option').first().click();
        await page.waitForURL(/\/customers\/c-cn-0002$/);
        await page.locator('[data-customer-header="c-cn-0002"]').waitFor();
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${outDir}/customer-liu-${sizeName}-${locale}-${theme}.png` });
        await context.close();
      }
    }
  }
} finally {
  await browser?.close();
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
