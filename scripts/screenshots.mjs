// Screenshots of login, workspace and supervisor area in every language and theme, for looking at
// what we built (and the README's picture). Builds the mock bundle first when it is stale.
// Usage: node scripts/screenshots.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';
import { startMockPreview } from './mock-preview.mjs';

const outDir = process.argv[2] ?? '.tmp/screens';
mkdirSync(outDir, { recursive: true });
const { base, stop } = await startMockPreview();
const ready = { 'zh-CN': '示闲', 'zh-TW': '示閒', en: 'Ready' };

async function signIn(page, username) {
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[type="password"]').fill('zuoxi123');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${base}/`);
}
try {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: headlessFlags,
  });
  const viewports = { wide: { width: 1440, height: 900 }, laptop: { width: 1280, height: 720 } };
  /** A browser context in this language and theme, signed out. */
  async function openContext(locale, theme) {
    const context = await browser.newContext({ viewport: viewports.wide });
    await context.addInitScript(
      ([lng, mode]) => {
        if (sessionStorage.getItem('shot')) return;
        sessionStorage.setItem('shot', '1');
        localStorage.setItem('zuoxi.locale', lng);
        localStorage.setItem('zuoxi.preferences', JSON.stringify({ state: { theme: mode, density: 'compact', fontScale: 100 }, version: 0 }));
      },
      [locale, theme],
    );
    return context;
  }
  for (const locale of ['zh-CN', 'zh-TW', 'en']) {
    for (const theme of ['light', 'dark']) {
      const context = await openContext(locale, theme);
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${outDir}/login-${locale}-${theme}.png` });
      // A frontline agent for the workspace (calls are offered to the seats of their queue)...
      await signIn(page, process.env.SHOT_USER ?? 'zhang.wei');
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${outDir}/workspace-${locale}-${theme}.png` });
      const phoneSettings = page.getByRole('button', { name: /^(Phone settings|话机设置|話機設定)$/ });
      await phoneSettings.click();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${outDir}/phone-settings-${locale}-${theme}.png` });
      await phoneSettings.click();
      // A call in progress: how the phone looks for most of a shift. Calls are offered to Ready seats only.
      await page.getByRole('button', { name: /(— change state|，更改坐席状态|，變更坐席狀態)$/ }).first().click();
      await page.getByRole('menuitem', { name: ready[locale], exact: true }).click();
      await page.waitForTimeout(500);
      await page.evaluate(() => window.__zuoxiMock.injectContact({ channel: 'voice', from: '13800138000', intent: 'billing', verified: true }));
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/ringing-${locale}-${theme}.png` });
      await page.keyboard.press('Control+Shift+A');
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${outDir}/call-${locale}-${theme}.png` });
      await page.keyboard.press('Control+Shift+E');
      // ...and a team lead for the supervisor area, in a browser of their own (signed out, as at a new seat).
      const leadContext = await openContext(locale, theme);
      const lead = await leadContext.newPage();
      await lead.goto(`${base}/login`);
      await signIn(lead, 'wang.fang');
      await lead.goto(`${base}/supervisor`);
      await lead.waitForTimeout(1200);
      await lead.screenshot({ path: `${outDir}/supervisor-${locale}-${theme}.png` });
      await leadContext.close();
      if (locale === 'zh-CN' && theme === 'light') {
        await page.setViewportSize(viewports.laptop);
        await page.goto(`${base}/`);
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${outDir}/workspace-1280x720.png` });
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(`screenshots in ${outDir}`);
} finally {
  stop();
}
