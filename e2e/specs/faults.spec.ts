import { expect, test } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { mock } from '../pages/mock-controls';
import { ShellPage } from '../pages/shell-page';

test.beforeEach(async ({ page }) => {
  await primeBrowser(page);
});

test('a wrong password says so, keeps the username and clears only the password', async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn('zhang.wei', 'not-the-password');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong username or password.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveValue('zhang.wei');
  await expect(page.getByLabel('Password', { exact: false }).and(page.locator('input'))).toHaveValue('');
  await login.signIn('zhang.wei');
  await expect(new ShellPage(page).agentStateButton()).toBeVisible();
});

test('a failing agent-state change is reported where it happened and the desktop keeps working', async ({ page }) => {
  test.slow(); // 5–8 s alone, with waits of up to 15 s: room for a loaded machine
  await new LoginPage(page).signInAs('zhang.wei');
  const shell = new ShellPage(page);
  await mock(page, 'failEndpoint', 'agent.state.set', 500);
  await shell.setState('Ready');
  await expect(page.getByRole('alert').filter({ hasText: 'State change failed' })).toBeVisible();
  await shell.expectState('Not ready · Just signed in');
  // The rest of the shell still answers.
  await page.getByRole('tab', { name: 'Knowledge' }).click();
  await expect(page.getByText('No recommended answers')).toBeVisible();
});

test('once the server answers again, the state change goes through and the failure is cleared', async ({ page }) => {
  await new LoginPage(page).signInAs('zhang.wei');
  const shell = new ShellPage(page);
  await mock(page, 'failEndpoint', 'agent.state.set', 500);
  await shell.setState('Ready');
  await expect(page.getByRole('alert').filter({ hasText: 'State change failed' })).toBeVisible();
  await mock(page, 'clearFaults');
  await shell.setState('Ready');
  await shell.expectState('Ready');
  await expect(page.getByRole('alert').filter({ hasText: 'State change failed' })).toHaveCount(0);
});

test('a failing panel shows its own error with a retry that recovers', async ({ page }) => {
  test.slow(); // 5–8 s alone, with waits of up to 15 s: room for a loaded machine
  await new LoginPage(page).signInAs('wang.fang');
  await mock(page, 'failEndpoint', 'supervisor.overview', 503);
  // Navigate in the page: a reload would start a fresh mock worker without the injected fault.
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  const panel = page.getByRole('region', { name: 'Supervisor' });
  await expect(panel.getByRole('alert')).toContainText('Live data could not load.', { timeout: 15_000 });
  // The top bar is untouched by the panel's failure.
  await expect(new ShellPage(page).agentStateButton()).toBeVisible();
  await mock(page, 'clearFaults');
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: 'Live queues' })).toBeVisible();
});

test('an answer outside the contract is a clear error in the panel, logged once', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('[contract]')) logged.push(message.text());
  });
  await new LoginPage(page).signInAs('wang.fang');
  await mock(page, 'respondMalformed', 'supervisor.overview');
  // Navigate in the page: a reload would start a fresh mock worker without the injected fault.
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  const panel = page.getByRole('region', { name: 'Supervisor' });
  await expect(panel.getByRole('alert')).toContainText('Live data could not load.');
  expect(logged).toHaveLength(1);
  expect(logged[0]).toContain('supervisor.overview');
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: 'Live queues' })).toBeVisible();
});

test('an expired session signs in again over the workspace without losing the route', async ({ page }) => {
  test.slow(); // 5–8 s alone, with waits of up to 15 s: room for a loaded machine
  await new LoginPage(page).signInAs('wang.fang');
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  await expect(page.getByRole('table', { name: 'Live queues' })).toBeVisible();
  // Something half-typed when the session lapses must still be there afterwards.
  const number = page.getByRole('region', { name: 'Softphone' }).getByRole('textbox', { name: 'Phone number' });
  await number.fill('1008');
  await mock(page, 'expireSession');
  await new ShellPage(page).setState('Ready');
  await new LoginPage(page).signInAgainOverWorkspace('wang.fang');
  await expect(page).toHaveURL(/\/supervisor$/);
  await expect(number).toHaveValue('1008');
  await expect(page.getByRole('table', { name: 'Live queues' })).toBeVisible();
  await new ShellPage(page).setState('Ready');
  await new ShellPage(page).expectState('Ready');
});

test('a dropped socket shows a banner, then resumes without gaps or duplicates', async ({ page }) => {
  test.slow(); // 5–8 s alone, with waits of up to 15 s: room for a loaded machine
  await new LoginPage(page).signInAs('zhang.wei');
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  await mock(page, 'broadcastNotice', 'before drop', 'info', 'Lead');
  await expect(page.getByText('Lead: before drop', { exact: true })).toHaveCount(1);

  await mock(page, 'dropSocket', 4000);
  await expect(page.getByText(/Connection lost\. Reconnecting…/)).toBeVisible();
  // Published while the socket is down: must arrive on resume, once.
  await mock(page, 'broadcastNotice', 'while down 1', 'warning', 'Lead');
  await mock(page, 'broadcastNotice', 'while down 2', 'warning', 'Lead');
  await page.getByRole('button', { name: 'Reconnect now' }).click();
  await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Lead: while down 1', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Lead: while down 2', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Lead: before drop', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/Connection lost/)).toHaveCount(0);

  // Still live afterwards.
  await mock(page, 'broadcastNotice', 'after resume', 'info', 'Lead');
  await expect(page.getByText('Lead: after resume', { exact: true })).toHaveCount(1);
});
