import { expect, type Page } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';
import { SoftphonePage } from '../pages/softphone-page';

/**
 * Signs `username` in and goes Ready, where every story of an offered contact starts: calls and
 * conversations are offered to Ready seats only, and the desktop allows Ready only with the phone
 * registered. Waits on each step, generously (the BFF's phone registers to Kamailio: seconds on a loaded
 * machine). The page is primed by the caller (`primeBrowser`, or the BFF's `test`).
 */
export async function signInReady(page: Page, username = 'zhang.wei') {
  await new LoginPage(page).signInAs(username);
  const phone = new SoftphonePage(page);
  // This tab's own phone, not a mirror of another tab's ("Phone: registered (another tab)").
  await expect(phone.status).toHaveAccessibleName('Phone: registered', { timeout: 30_000 });
  // The realtime socket is up: an offer's event reaches this page as it is published.
  await expect(page.getByRole('banner').getByText('Live', { exact: true })).toBeVisible({ timeout: 30_000 });
  const shell = new ShellPage(page);
  await shell.setState('Ready');
  await shell.expectState('Ready');
  return { phone, shell };
}
