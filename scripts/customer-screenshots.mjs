// Screenshots of the customer view for looking at it: 王建国 popped by a ringing call (contact bar, identity
// check) and 刘丽 (risk flags) opened by search, in zh-CN and en, light and dark, at 1440×900 and at
// 1093×614 (1366×768 at 125 %, where the context panel floats). Builds the mock bundle first when it is stale.
// Usage: node scripts/customer-screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';
import { startMockPreview } from './mock-preview.mjs';

const outDir = process.argv[2] ?? '.tmp/screens';
mkdirSync(outDir, { recursive: true });
const { base, stop } = await startMockPreview();

const sizes = { wide: { width: 1440, height: 900 }, narrow: { width: 1093, height: 614 } };
const ready = { 'zh-CN': '示闲', en: 'Ready' };
const contextButton = { 'zh-CN': '客户 · 知识 · 推荐', en: 'Customer · Knowledge · Offers' };

let browser;
try {
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
  stop();
}
