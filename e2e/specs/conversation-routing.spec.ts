import { expect, test, type Page } from '@playwright/test';
import { primeBrowser } from '../pages/login-page';
import { testApi } from '../pages/test-api';
import { ConversationsPage } from '../pages/conversations-page';
import { signInReady } from '../support/sign-in-ready';

/** Signed in and Ready, the only seat: every conversation is offered here. */
async function onlyAgentReady(page: Page) {
  await primeBrowser(page);
  const { shell } = await signInReady(page);
  return { shell, convs: new ConversationsPage(page) };
}

const acceptButton = (page: Page, who: string) => page.getByRole('button', { name: `Accept Chat from ${who}` });

test.describe('who is offered a conversation', () => {
  test('going Not ready takes the offer off the desktop at once; Ready again, it comes back', async ({ page }) => {
    const { shell, convs } = await onlyAgentReady(page);
    await convs.customerWritesIn('web-away-visitor', 'anyone there?');
    await expect(acceptButton(page, 'web-away-visitor')).toBeVisible({ timeout: 15_000 });

    await shell.setState('Not ready · Meal');
    await shell.expectState('Not ready · Meal');
    await expect(acceptButton(page, 'web-away-visitor')).toHaveCount(0);

    // Stepping away is no pass: back to Ready, the waiting chat is offered again straight away.
    await shell.setState('Ready');
    await expect(acceptButton(page, 'web-away-visitor')).toBeVisible({ timeout: 15_000 });
    await convs.accept('web-away-visitor');
  });

  test('a declined chat with nobody else to take it comes back after the cool-down, not at once', async ({ page }) => {
    const { convs } = await onlyAgentReady(page);
    await testApi(page, 'PUT', '/api/test/conversation-policy', { offerTimeoutSec: 3 });
    await convs.customerWritesIn('web-declined-visitor', 'hello?');
    await page.getByRole('button', { name: 'Decline Chat from web-declined-visitor' }).click({ timeout: 15_000 });
    // Taken before the click, so the decline cannot have happened earlier: the cool-down is a lower bound here.
    const beforeDecline = Date.now();
    await page.getByRole('menu', { name: 'Why decline' }).getByRole('menuitem', { name: 'Busy' }).click();
    await expect(acceptButton(page, 'web-declined-visitor')).toHaveCount(0);
    await expect(acceptButton(page, 'web-declined-visitor')).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - beforeDecline).toBeGreaterThanOrEqual(2_900);
    await convs.accept('web-declined-visitor');
  });
});
