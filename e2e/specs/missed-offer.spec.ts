import { expect, test, type Page } from '@playwright/test';
import { primeBrowser } from '../pages/login-page';
import { testApi } from '../pages/test-api';
import { ConversationsPage } from '../pages/conversations-page';
import { signInReady } from '../support/sign-in-ready';

/** Signed in and Ready, the only seat, with offers that lapse after 3 s: every conversation is offered here. */
async function onlyAgentReady(page: Page) {
  await primeBrowser(page);
  const { shell } = await signInReady(page);
  await testApi(page, 'PUT', '/api/test/conversation-policy', { offerTimeoutSec: 3 });
  return { shell, convs: new ConversationsPage(page) };
}

const acceptButton = (page: Page, who: string) => page.getByRole('button', { name: `Accept Chat from ${who}` });

test.describe('an offer nobody answers', () => {
  test('lapsing puts the agent Not ready for the missed offer, said once; Ready again, the chat comes back', async ({ page }) => {
    const { shell, convs } = await onlyAgentReady(page);
    await convs.customerWritesIn('web-missed-visitor', 'hello, anyone?');
    await expect(acceptButton(page, 'web-missed-visitor')).toBeVisible({ timeout: 15_000 });

    // Nobody answers: the offer leaves the desktop, and the seat stops getting offers until its agent is back.
    await expect(acceptButton(page, 'web-missed-visitor')).toHaveCount(0, { timeout: 15_000 });
    await shell.expectState('Not ready · Missed offer');
    await expect(page.getByRole('alert').filter({ hasText: 'An offer went unanswered, so you are now Not ready. Choose Ready when you are back.' })).toHaveCount(1);

    // A system reason: shown, never offered to pick.
    await shell.agentStateButton().click();
    const menu = page.getByRole('menu', { name: 'Change agent state' });
    await expect(menu.getByRole('menuitem', { name: 'Not ready · Break', exact: true })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: /Missed offer/ })).toHaveCount(0);
    await menu.getByRole('menuitem', { name: 'Ready', exact: true }).click();
    await shell.expectState('Ready');

    // The chat waited; after the cool-down it is offered again, and taken this time.
    await expect(acceptButton(page, 'web-missed-visitor')).toBeVisible({ timeout: 15_000 });
    await convs.accept('web-missed-visitor');
  });

  test('declining is an answer: the agent stays Ready', async ({ page }) => {
    const { shell } = await onlyAgentReady(page);
    const convs = new ConversationsPage(page);
    await convs.customerWritesIn('web-declining-visitor', 'hi');
    await page.getByRole('button', { name: 'Decline Chat from web-declining-visitor' }).click({ timeout: 15_000 });
    await page.getByRole('menu', { name: 'Why decline' }).getByRole('menuitem', { name: 'Busy' }).click();
    await expect(acceptButton(page, 'web-declining-visitor')).toHaveCount(0);
    // It comes back after the cool-down (3 s): by then a lapse would have shown; the seat is still Ready.
    await expect(acceptButton(page, 'web-declining-visitor')).toBeVisible({ timeout: 15_000 });
    await shell.expectState('Ready');
    await convs.accept('web-declining-visitor');
    await shell.expectState('Ready');
  });
});
