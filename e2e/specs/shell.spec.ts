import { expect, test } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';

test.beforeEach(async ({ page }) => {
  await primeBrowser(page);
});

test('an agent signs in, goes Ready, then Not ready with a reason, and the timer runs', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const shell = new ShellPage(page);
  await shell.setState('Ready');
  await shell.expectState('Ready');
  await shell.setState('Not ready · Meal');
  await shell.expectState('Not ready · Meal');
  // The timer restarts on a change and counts up.
  const timer = page.getByLabel(/^for \d\d:\d\d$/);
  await expect(timer).toHaveText(/00:0[0-2]/);
  await expect(timer).toHaveText(/00:0[2-9]/, { timeout: 5000 });
  // The state is the server's: a reload shows the same.
  await page.reload();
  await shell.expectState('Not ready · Meal');
});

test('after-call work is a state of its own', async ({ page }) => {
  await new LoginPage(page).signInAs('emma.clark');
  const shell = new ShellPage(page);
  await shell.setState('After-call work');
  await shell.expectState('After-call work');
});

test('language switches everywhere and is remembered', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const shell = new ShellPage(page);
  await shell.chooseLanguage('简体中文');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作台' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await shell.chooseLanguage('繁體中文');
  await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
  await shell.chooseLanguage('English');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('theme switches to dark and is remembered', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await new ShellPage(page).chooseTheme('Dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await expect.poll(background).toBe(dark);
});

test('a supervisor sees the supervisor area with live queues and agents', async ({ page }) => {
  await new LoginPage(page).signInAs('wang.fang');
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  await expect(page).toHaveURL(/\/supervisor$/);
  await expect(page.getByRole('table', { name: 'Live queues' }).getByRole('row')).not.toHaveCount(1);
  const agents = page.getByRole('table', { name: 'Agent states' });
  // Every seat of the centre is on the board: only the rows in view are rendered, so the table says how
  // many there are (36 seats and the header), and scrolling its region from the keyboard reaches the last.
  await expect(agents).toHaveAttribute('aria-rowcount', '37');
  await expect(agents.getByRole('row').nth(12)).toBeVisible();
  await page.getByRole('group', { name: 'Agents (36)' }).focus();
  await page.keyboard.press('End');
  await expect(agents.getByRole('row', { name: /Finance/ })).toHaveAttribute('aria-rowindex', '37');
});

test('an agent sees no supervisor link, and the address alone does not open it', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Supervisor' })).toHaveCount(0);
  await page.goto('/supervisor');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Live queues' })).toHaveCount(0);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the workspace' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('signing out returns to the login page and protects the workspace', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await page.getByRole('button', { name: /^Account menu:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});
