import { expect, test, type Page } from '@playwright/test';
import { ConversationsPage } from '../pages/conversations-page';
import { primeBrowser } from '../pages/login-page';
import { mock } from '../pages/mock-controls';
import { seriousViolations } from '../support/axe-violations';
import { signInReady } from '../support/sign-in-ready';

// Handles nobody in the seed owns: the offers and tabs name the customer by how they arrived.
const CUSTOMERS = ['web-visitor-a', 'web-visitor-b', 'web-visitor-c'] as const;

/** Signed in and Ready: conversations are offered to Ready agents with room on the channel. */
async function agentReady(page: Page, theme: 'light' | 'dark' = 'light') {
  await primeBrowser(page, { theme });
  await signInReady(page);
  return new ConversationsPage(page);
}

test.describe('conversations', () => {
  test('three chats accepted, each answered, switched by keyboard, a socket drop in the middle: every message once', async ({ page }) => {
    test.slow();
    const convs = await agentReady(page);
    const ids: string[] = [];
    for (const [i, who] of CUSTOMERS.entries()) {
      ids.push(await convs.customerWritesIn(who, `hello ${i + 1} from ${who}`));
      await convs.accept(who);
      await convs.expectOnce(`hello ${i + 1} from ${who}`);
      await convs.reply(`answer ${i + 1} to ${who}`);
      await convs.expectOnce(`answer ${i + 1} to ${who}`);
    }

    // From the composer itself: Alt+1…3 and Alt+↑ switch tabs without leaving the keyboard.
    await page.keyboard.press('Alt+1');
    await convs.expectSelected(CUSTOMERS[0]);
    await expect(convs.composer()).toBeVisible();
    await page.keyboard.press('Alt+3');
    await convs.expectSelected(CUSTOMERS[2]);
    await page.keyboard.press('Alt+ArrowUp');
    await convs.expectSelected(CUSTOMERS[1]);

    // The socket drops while two customers write: their messages arrive on resume, once and in order.
    await mock(page, 'dropSocket', 3000);
    await expect(page.getByText(/Connection lost\. Reconnecting…/)).toBeVisible();
    await convs.customerWrites(ids[1]!, 'while down, first');
    await convs.customerWrites(ids[1]!, 'while down, second');
    await convs.customerWrites(ids[0]!, 'while down, to the first tab');
    await page.getByRole('button', { name: 'Reconnect now' }).click();
    await expect(page.getByText('Live', { exact: true })).toBeVisible({ timeout: 15_000 });
    await convs.expectOnce('while down, first');
    await convs.expectOnce('while down, second');
    const log = await convs.thread.innerText();
    expect(log.indexOf('while down, first')).toBeLessThan(log.indexOf('while down, second'));
    await expect(convs.tab(CUSTOMERS[0])).toHaveAccessibleName(/1 unread/);

    for (const [i, who] of CUSTOMERS.entries()) {
      await page.keyboard.press(`Alt+${i + 1}`);
      await convs.expectSelected(who);
      await convs.expectOnce(`hello ${i + 1} from ${who}`);
      await convs.expectOnce(`answer ${i + 1} to ${who}`);
      if (i === 0) await convs.expectOnce('while down, to the first tab');
    }
  });

  test('a draft survives a reload', async ({ page }) => {
    const convs = await agentReady(page);
    await convs.customerWritesIn('draft-visitor', 'is anyone there?');
    await convs.accept('draft-visitor');
    await convs.composer().fill('我们正在为您查询，请稍');
    // Reloading at once: the draft is written when the page hides, not only after the typing pause.
    await page.reload();
    await expect(convs.composer()).toHaveValue('我们正在为您查询，请稍', { timeout: 15_000 });
    await expect(convs.tab('draft-visitor')).toHaveAccessibleName(/Draft not sent/);
  });

  test('a send that fails is retried once and appears once', async ({ page }) => {
    const convs = await agentReady(page);
    await convs.customerWritesIn('retry-visitor', 'my bill is wrong');
    await convs.accept('retry-visitor');
    await convs.failNextSend(1);
    await convs.reply('let me check your bill');
    const failed = convs.thread.getByText('Not sent', { exact: true });
    await expect(failed).toBeVisible({ timeout: 15_000 });
    await convs.thread.getByRole('button', { name: 'Retry sending this message' }).click();
    await expect(failed).toHaveCount(0, { timeout: 15_000 });
    await convs.expectOnce('let me check your bill');
  });

  test('taking a chat and writing in it keeps the whole desktop in view: the page itself never scrolls', async ({ page }) => {
    const convs = await agentReady(page);
    await convs.customerWritesIn('steady-visitor', 'is anyone there?');
    await convs.accept('steady-visitor');
    await convs.composer().fill('yes, I am here');
    // Focusing the reply box scrolled the page under the top bar while something in the layout was taller
    // than the window; the panels scroll inside themselves instead.
    await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => [document.scrollingElement!.scrollTop, document.scrollingElement!.scrollHeight <= window.innerHeight])).toEqual([0, true]);
  });

  test('a send stored by the server whose answer never comes still appears once', async ({ page }) => {
    test.slow();
    const convs = await agentReady(page);
    await convs.customerWritesIn('timeout-visitor', 'hello?');
    await convs.accept('timeout-visitor');
    await mock(page, 'timeOutNextSend');
    // The server keeps the answer: after its own timeout (10 s) the desktop gives up and aborts the request.
    const givenUp = page.waitForEvent('requestfailed', {
      predicate: (request) => request.method() === 'POST' && /^\/api\/conversations\/[^/]+\/messages$/.test(new URL(request.url()).pathname),
      timeout: 45_000,
    });
    await convs.reply('one moment please');
    await convs.expectOnce('one moment please');
    // Once it has given up: the message the server has is not shown as failed, nor twice.
    await givenUp;
    await convs.expectOnce('one moment please');
    await expect(convs.thread.getByText('Not sent', { exact: true })).toHaveCount(0);
  });

  test('an Enter that picks a pinyin candidate never sends half a word', async ({ page }) => {
    const convs = await agentReady(page);
    await convs.customerWritesIn('ime-visitor', '在吗');
    await convs.accept('ime-visitor');
    const box = convs.composer();
    await box.focus();
    // Chromium's own IME path (DevTools protocol): composing "nihao", Enter while the candidates show, commit.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'nihao', selectionStart: 5, selectionEnd: 5 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '你好' });
    await expect(box).toHaveValue('你好');
    await expect(convs.thread.getByText('nihao')).toHaveCount(0);
    // The agent's own Enter afterwards sends the whole word, once.
    await box.press('Enter');
    await expect(box).toHaveValue('');
    await convs.expectOnce('你好');
  });

  test('closing asks for a disposition from the server’s list and moves the conversation to the history', async ({ page }) => {
    const convs = await agentReady(page);
    await convs.customerWritesIn('close-visitor', 'thanks, that was all');
    await convs.accept('close-visitor');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Close the conversation with close-visitor' });
    const confirm = dialog.getByRole('button', { name: 'Close conversation' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('radio').first().check();
    await confirm.click();
    await expect(convs.tab('close-visitor')).toHaveCount(0, { timeout: 15_000 });
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('list', { name: 'Closed conversations' }).getByRole('button', { name: /close-visitor/ })).toBeVisible({ timeout: 15_000 });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`offers, tabs, thread and composer have no serious accessibility violations (${theme})`, async ({ page }) => {
      test.setTimeout(120_000); // an axe scan of the whole workspace is seconds of CPU on a loaded machine
      const convs = await agentReady(page, theme);
      await convs.customerWritesIn('a11y-visitor', 'hello, I need help');
      await convs.accept('a11y-visitor');
      await convs.reply('how can I help?');
      await convs.customerWritesIn('13900001111', '查一下话费', 'sms');
      const accept = page.getByRole('button', { name: /^Accept SMS from/ });
      await expect(accept).toBeVisible({ timeout: 15_000 });
      // An offer often appears under the pointer: scan the Accept button hovered, once its transition has settled.
      await accept.hover();
      await accept.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
