import { expect, test } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';

// One story per test, each starting from a fresh sign-in.

test.beforeEach(async ({ page }) => {
  await primeBrowser(page);
});

test.describe('the agent state', () => {
  test('starts the shift Not ready and says why: just signed in', async ({ page }) => {
    await new LoginPage(page).signInAs('zhang.wei');
    const shell = new ShellPage(page);
    await shell.expectState('Not ready · Just signed in');
    await expect(shell.agentStateButton('Not ready · Just signed in')).toContainText(/^Not ready · Just signed in \d\d:\d\d$/);
  });

  test('goes Ready', async ({ page }) => {
    await new LoginPage(page).signInAs('zhang.wei');
    const shell = new ShellPage(page);
    await shell.setState('Ready');
    await shell.expectState('Ready');
  });

  test('goes Not ready with a reason', async ({ page }) => {
    await new LoginPage(page).signInAs('zhang.wei');
    const shell = new ShellPage(page);
    await shell.setState('Not ready · Meal');
    await shell.expectState('Not ready · Meal');
  });

  test('restarts its timer on a change, and the timer counts up', async ({ page }) => {
    test.slow(); // waits for the clock to move: room for a loaded machine
    await new LoginPage(page).signInAs('zhang.wei');
    const shell = new ShellPage(page);
    await shell.setState('Not ready · Meal');
    await shell.expectState('Not ready · Meal');
    await expect(shell.stateTimer()).toHaveText(/00:0[0-2]/);
    await expect(shell.stateTimer()).toHaveText(/00:0[2-9]/, { timeout: 5000 });
  });

  test('is the server’s: a reload shows the same', async ({ page }) => {
    await new LoginPage(page).signInAs('zhang.wei');
    const shell = new ShellPage(page);
    await shell.setState('Not ready · Meal');
    await shell.expectState('Not ready · Meal');
    await page.reload();
    await shell.expectState('Not ready · Meal');
  });

  test('has after-call work as a state of its own', async ({ page }) => {
    await new LoginPage(page).signInAs('emma.clark');
    const shell = new ShellPage(page);
    await shell.setState('After-call work');
    await shell.expectState('After-call work');
  });
});

test('language switches everywhere', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const shell = new ShellPage(page);
  await shell.chooseLanguage('简体中文');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作台' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: /^示忙 · 刚登录 \d\d:\d\d，更改坐席状态$/ })).toBeVisible();
  await shell.chooseLanguage('繁體中文');
  await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await shell.chooseLanguage('English');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('a chosen language is remembered across a reload', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await new ShellPage(page).chooseLanguage('繁體中文');
  await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
});

test('theme switches to dark', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await new ShellPage(page).chooseTheme('Dark');
  await expect.poll(background).not.toBe(light);
});

test('a chosen theme is remembered across a reload', async ({ page }) => {
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

test('the agent board says why a seat that just signed in is Not ready', async ({ page }) => {
  await new LoginPage(page).signInAs('wang.fang');
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  const me = page.getByRole('table', { name: 'Agent states' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '王芳', exact: true }) });
  await expect(me).toContainText('Not ready · Just signed in');
});

test('an agent sees no supervisor link', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Workspace' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Supervisor' })).toHaveCount(0);
});

test('the supervisor address alone does not open the area for an agent', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
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

test('signing out returns to the login page', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await new ShellPage(page).signOut('张伟');
  await expect(page).toHaveURL(/\/login/);
});

test('after signing out, the workspace needs a sign-in again', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  await new ShellPage(page).signOut('张伟');
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});
