import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe-violations';
import { buildThreadHarness, harnessUrl, routeThreadHarness } from '../thread-harness/harness-server.mjs';

// Every kind of message, in both themes and all three languages: no axe violation (WCAG 2.2 AA), every
// control named. The email bodies are the sender's, drawn as sent: axe checks the thread around them.

test.describe.configure({ timeout: 60_000 });
test.beforeAll(() => buildThreadHarness());

for (const [lng, theme] of [['zh-CN', 'light'], ['zh-TW', 'dark'], ['en', 'light']] as const) {
  test(`the thread passes axe (${lng}, ${theme})`, async ({ page }) => {
    await routeThreadHarness(page);
    await page.route('**/*.evil.example/**', (route) => route.abort());
    await page.goto(harnessUrl({ scenario: 'showcase', lng, theme, height: '2400' }));
    await expect(page.getByRole('log')).toBeVisible();
    await expect(page.locator('.zx-row')).toHaveCount(15); // the start, 12 messages, 2 unconfirmed sends
    expect(await axeViolations(page, { exclude: 'iframe' })).toEqual([]);
  });
}

test('an image opens full size and closes with Escape; a file downloads under its own name', async ({ page }) => {
  await routeThreadHarness(page);
  await page.route('**/*.evil.example/**', (route) => route.abort());
  await page.goto(harnessUrl({ scenario: 'showcase', lng: 'en', height: '2400' }));
  await page.getByRole('button', { name: 'Open image router-lights.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'router-lights.png' });
  await expect(dialog.getByRole('img', { name: 'router-lights.png' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download 2026年11月账单.pdf' }).first().click();
  expect((await download).suggestedFilename()).toBe('2026年11月账单.pdf');
});
