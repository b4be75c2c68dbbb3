// Screenshots of login, workspace and supervisor area in every language and theme, for looking at
// what we built (and the README's picture). Needs the mock build: `npm run build:mock` first.
// Usage: node scripts/screenshots.mjs [outDir]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../e2e/chromium.mjs';

const outDir = process.argv[2] ?? '.tmp/screens';
mkdirSync(outDir, { recursive: true });
const port = 4176;
const server = spawn('npx', ['vite', 'preview', '--mode', 'mock', '--outDir', 'dist-mock', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;

async function signIn(page, username) {
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[type="password"]').fill('zuoxi123');
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${base}/`);
}
try {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: headlessFlags,
  });
  const viewports = { wide: { width: 1440, height: 900 }, laptop: { width: 1280, height: 720 } };
  for (const locale of ['zh-CN', 'zh-TW', 'en']) {
    for (const theme of ['light', 'dark']) {
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
      // A call in progress: how the phone looks for most of a shift.
      await page.evaluate(() => window.__zuoxiMock.injectContact({ channel: 'voice', from: '13800138000', intent: 'billing', verified: true }));
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${outDir}/ringing-${locale}-${theme}.png` });
      await page.keyboard.press('Control+Shift+A');
      await page.waitForTimeout(2500);
      await page.screenshot({ path: `${outDir}/call-${locale}-${theme}.png` });
      await page.keyboard.press('Control+Shift+E');
      // ...and a team lead for the supervisor area.
      await page.evaluate(() => localStorage.removeItem('zuoxi.session'));
      await page.goto(`${base}/login`);
      await signIn(page, 'wang.fang');
      await page.goto(`${base}/supervisor`);
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${outDir}/supervisor-${locale}-${theme}.png` });
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
  process.kill(-server.pid, 'SIGTERM');
}
