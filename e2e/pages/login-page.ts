import { expect, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export type UiLocale = 'zh-CN' | 'zh-TW' | 'en';

/**
 * Starts every test in a known language and theme, as a returning agent's browser would be: English chosen
 * in this browser unless told otherwise (the seeded Chinese users' profiles say zh-CN, and a choice made in
 * the browser wins). `locale: null` leaves the language unchosen, as in a browser that never opened the desktop.
 */
export async function primeBrowser(page: Page, options: { locale?: UiLocale | null; theme?: 'light' | 'dark' } = {}) {
  const locale = options.locale === undefined ? 'en' : options.locale;
  const theme = options.theme ?? 'light';
  await page.addInitScript(
    ([lng, mode]) => {
      // Only on the first load of the test: a test that switches language must see its choice survive reloads.
      if (sessionStorage.getItem('e2e.primed')) return;
      sessionStorage.setItem('e2e.primed', '1');
      if (lng) localStorage.setItem('zuoxi.locale', lng);
      localStorage.setItem('zuoxi.preferences', JSON.stringify({ state: { theme: mode, density: 'compact', fontScale: 100 }, version: 0 }));
    },
    [locale, theme] as const,
  );
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/login');
    // A first load boots the app and its mock worker: seconds on a loaded machine.
    await expect(this.page.getByRole('button', { name: 'Sign in' })).toBeVisible({ timeout: 15_000 });
  }

  async signIn(username: string, password = 'zuoxi123') {
    await this.page.getByRole('textbox', { name: 'Username' }).fill(username);
    await this.page.getByLabel('Password', { exact: false }).and(this.page.locator('input')).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  async signInAs(username: string) {
    await this.goto();
    await this.signIn(username);
    await expect(new ShellPage(this.page).agentStateButton()).toBeVisible({ timeout: 15_000 });
  }

  /**
   * The session has lapsed under the workspace: its "Session expired" dialog opens over it, still naming
   * `username`; the password signs in again and the dialog closes, the workspace left as it was.
   */
  async signInAgainOverWorkspace(username: string, password = 'zuoxi123') {
    const dialog = this.page.getByRole('dialog', { name: 'Session expired' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue(username);
    await dialog.getByLabel('Password', { exact: false }).and(this.page.locator('input')).fill(password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toBeHidden();
  }
}
