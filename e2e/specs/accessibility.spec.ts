import { expect, test } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { mock } from '../pages/mock-controls';
import { CustomerPage } from '../pages/customer-page';
import { ShellPage } from '../pages/shell-page';
import { seriousViolations } from '../support/axe-violations';
import { signInReady } from '../support/sign-in-ready';

// An axe scan of the whole workspace takes seconds of CPU alone (6–8 s per test here) and several times
// that on a loaded machine: room beyond the default 30 s.
test.describe.configure({ timeout: 90_000 });

for (const theme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`login has no serious accessibility violations (${theme}, ${locale})`, async ({ page }) => {
      await primeBrowser(page, { theme, locale });
      await page.goto('/login');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`the agent shell has no serious accessibility violations (${theme})`, async ({ page }) => {
    await primeBrowser(page, { theme });
    await new LoginPage(page).signInAs('zhang.wei');
    await expect(page.getByRole('region', { name: 'Conversations' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // Phone settings open, and a call ringing: the busiest the phone gets.
    // Calls are offered to Ready seats only.
    await new ShellPage(page).setState('Ready');
    await page.getByRole('button', { name: 'Phone settings' }).click();
    await expect(page.getByRole('switch', { name: 'Always show desktop notifications' })).toBeVisible();
    await mock(page, 'injectContact', { channel: 'voice', from: '13800138000', intent: 'billing', verified: true });
    await expect(page.getByRole('region', { name: 'Incoming call' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the customer panel has no serious accessibility violations (${theme})`, async ({ page }) => {
    await primeBrowser(page, { theme });
    await signInReady(page);
    const customer = new CustomerPage(page);
    // Popped by a ringing call: the contact bar with its identity check above the customer.
    await mock(page, 'injectContact', { channel: 'voice', from: '14799603397', intent: 'billing' });
    await customer.expectCustomer('王建国');
    await expect(customer.identityForm).toBeVisible();
    await expect(customer.section('Accounts').getByRole('img', { name: /^Bills/ })).toBeVisible();
    await expect(customer.section('Contact history').getByRole('list', { name: 'Contact history' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // Risk flags, and the search and reveal dialogs.
    await customer.search('刘丽', '刘丽');
    await expect(customer.riskFlags()).toBeVisible();
    await customer.revealButton('number').first().click();
    await expect(page.getByRole('dialog', { name: 'Reveal number' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the supervisor area has no serious accessibility violations (${theme})`, async ({ page }) => {
    await primeBrowser(page, { theme });
    await new LoginPage(page).signInAs('wang.fang');
    await page.goto('/supervisor');
    await expect(page.getByRole('table', { name: 'Live queues' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Label in name in Chinese: the state and account buttons' Chinese names must start with what they show too.
for (const language of ['简体中文', '繁體中文'] as const) {
  test(`the workspace in ${language} has no serious accessibility violations`, async ({ page }) => {
    await primeBrowser(page);
    await new LoginPage(page).signInAs('wang.fang');
    await new ShellPage(page).chooseLanguage(language);
    await expect(page.getByRole('navigation', { name: /^(主导航|主導覽)$/ })).toBeVisible();
    // Closing the menu hands focus back to its button, whose tooltip fades in: audit the page, not a fade.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
