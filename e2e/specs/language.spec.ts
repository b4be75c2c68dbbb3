import { expect, test } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';

// The language: a choice made in this browser → the signed-in user's profile → the browser's language →
// Simplified Chinese. Playwright's browser speaks en-US; these tests start with no choice made.

test.describe('in an English browser that never chose a language', () => {
  test.beforeEach(async ({ page }) => {
    await primeBrowser(page, { locale: null });
  });

  test('the sign-in page opens in English and names its language', async ({ page }) => {
    await new LoginPage(page).goto();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zuoxi Agent Desktop');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: /^English\b/ })).toBeVisible();
  });

  test('a language picked on the sign-in page is shown and remembered', async ({ page }) => {
    await new LoginPage(page).goto();
    await page.getByRole('button', { name: /^English\b/ }).click();
    await page.getByRole('menuitemradio', { name: '简体中文' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^简体中文/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  });

  test('signing in opens the desktop in the user’s profile language', async ({ page }) => {
    // zhang.wei's profile says zh-CN.
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn('zhang.wei');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^示忙 · 刚登录/ })).toBeVisible();
  });

  test('after signing out, the sign-in page is in the browser’s language again', async ({ page }) => {
    await new LoginPage(page).goto();
    await new LoginPage(page).signIn('zhang.wei');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await page.getByRole('button', { name: /^张伟 · \d+/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  test('a language picked in this browser wins over the profile', async ({ page }) => {
    await new LoginPage(page).goto();
    await page.getByRole('button', { name: /^English\b/ }).click();
    await page.getByRole('menuitemradio', { name: '繁體中文' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: '帳號' }).fill('emma.clark');
    await page.getByLabel('密碼', { exact: false }).and(page.locator('input')).fill('zuoxi123');
    await page.getByRole('button', { name: '登入' }).click();
    await expect(page.getByRole('navigation', { name: '主導覽' })).toBeVisible();
  });
});

test.describe('in a browser that prefers Traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('the sign-in page opens in Traditional Chinese', async ({ page }) => {
    await primeBrowser(page, { locale: null });
    await page.goto('/login');
    await expect(page.getByRole('button', { name: '登入' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(page.getByRole('button', { name: /^繁體中文/ })).toBeVisible();
  });

  test('an English-speaking user signs in to an English desktop: the profile comes before the browser', async ({ page }) => {
    await primeBrowser(page, { locale: null });
    await page.goto('/login');
    await page.getByRole('textbox', { name: '帳號' }).fill('emma.clark');
    await page.getByLabel('密碼', { exact: false }).and(page.locator('input')).fill('zuoxi123');
    await page.getByRole('button', { name: '登入' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });
});

test('the top bar keeps its compact preferences button', async ({ page }) => {
  await primeBrowser(page);
  await new LoginPage(page).signInAs('zhang.wei');
  await new ShellPage(page).openPreferences();
  await expect(page.getByRole('menu', { name: 'Display and language' }).getByRole('menuitemradio', { name: 'English' })).toBeChecked();
});
