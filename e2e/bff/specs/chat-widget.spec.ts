import type { BrowserContext, Page } from '@playwright/test';
import { ChatWidgetPage } from '../../pages/chat-widget-page';
import { ConversationsPage } from '../../pages/conversations-page';
import { expectTranscript } from '../../pages/expect-transcript';
import { axeViolations } from '../../support/axe-violations';
import { signInReady } from '../../support/sign-in-ready';
import { expect, requirePhone, test as bffTest } from '../bff-test';

// One story a test, each with a chat of its own (the backend is reset before each, and each customer has
// another name): the customer in the web chat widget, the agent in the desktop, both on the BFF.

interface Customer {
  widget: ChatWidgetPage;
  /** The customer's browser: its network is theirs to lose. */
  context: BrowserContext;
  /** What the Content-Security-Policy refused on the widget, which runs under the BFF's CSP like the desktop. */
  refused: string[];
}

const test = bffTest.extend<{ customer: Customer }>({
  /** The customer, in a browser of their own (a phone-sized window, English), closed after the story. */
  customer: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 480, height: 800 } });
    const widget = new ChatWidgetPage(await context.newPage());
    const refused: string[] = [];
    widget.page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await use({ widget, context, refused });
    await context.close();
  },
});

/** The agent: zhang.wei signed in, phone registered, Ready for contacts. */
async function agentReady(page: Page): Promise<ConversationsPage> {
  requirePhone();
  await signInReady(page);
  return new ConversationsPage(page);
}

/**
 * The customer starts a chat as `who` (a name, or a number the centre knows) with `text`; the agent accepts
 * it, shown as `shownAs` (the name, or the known customer's), and sees the first message.
 */
async function chatStarted(agent: ConversationsPage, widget: ChatWidgetPage, who: { as: string; shownAs?: string }, text: string) {
  await widget.open();
  await widget.start(who.as, text);
  await agent.accept(who.shownAs ?? who.as);
  await expectTranscript(agent.thread, [text]);
}

/**
 * The texts of the chat's whole thread, in order, as the desktop reads them: from the API with the agent's
 * session (the agent's thread is virtual, only the rows in view exist).
 */
async function serverTexts(agentPage: Page, widget: ChatWidgetPage): Promise<string[]> {
  const chat = await widget.page.evaluate(() => JSON.parse(sessionStorage.getItem('zuoxi.widget.chat') ?? 'null') as { conversationId: string });
  const thread = await agentPage.request.get(`/api/conversations/${encodeURIComponent(chat.conversationId)}/messages?limit=200`);
  expect(thread.status()).toBe(200);
  return ((await thread.json()) as { items: Array<{ content: { kind: string; text?: string } }> }).items.flatMap((m) => (m.content.kind === 'text' ? [m.content.text!] : []));
}

/** A small real PNG, drawn by the browser (the server checks an image by its bytes, not its name). */
async function drawPng(widget: ChatWidgetPage): Promise<Buffer> {
  const dataUrl = await widget.page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#1d5fd1';
    context.fillRect(0, 0, 160, 90);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

test('a customer opens the chat widget in the language they choose and starts a chat a Ready agent takes; axe finds nothing', async ({ page, customer: { widget, refused } }) => {
  const agent = await agentReady(page);
  await widget.open();
  expect(await axeViolations(widget.page, { everyRule: true })).toEqual([]);
  // The browser says English; the customer may switch, and every text follows.
  await widget.chooseLanguage('zh-CN');
  await expect(widget.page.getByRole('heading', { level: 1 })).toHaveText('在线客服');
  await expect(widget.page.getByRole('button', { name: '开始咨询' })).toBeVisible();
  await widget.chooseLanguage('en');
  await expect(widget.page.getByRole('heading', { level: 1 })).toHaveText('Customer service');
  const c1 = 'C1: which plans do you have for two phones?';
  await widget.start('widget-language-visitor', c1);
  expect(await axeViolations(widget.page, { everyRule: true })).toEqual([]);

  await agent.accept('widget-language-visitor');
  await expectTranscript(agent.thread, [c1]);
  expect(refused).toEqual([]);
});

test('a customer in the chat widget and an agent in the desktop talk both ways: typing, text and an image', async ({ page, customer: { widget, refused } }) => {
  const agent = await agentReady(page);
  // A number the centre knows: the agent sees whose it is (王建国).
  const c1 = 'C1: my bill this month looks too high';
  await chatStarted(agent, widget, { as: '14799603397', shownAs: '王建国' }, c1);

  // The agent answers; the customer sees the typing first, then the answer.
  const a1 = 'A1: let me check your bill, Mr Wang';
  await agent.composer().pressSequentially('A1: ');
  await expect(widget.agentTyping()).toBeVisible();
  await agent.composer().fill(a1);
  await agent.composer().press('Enter');
  await widget.expectTranscript([c1, a1]);

  // The customer types: the agent sees it on the open conversation, then the message.
  const c2 = 'C2: it is twice what I usually pay';
  await widget.composer().pressSequentially('C2');
  await expect(agent.tab('王建国')).toHaveAccessibleName(/Customer is typing…/);
  await widget.send(c2);
  await widget.expectTranscript([c1, a1, c2]);
  // The agent's side is checked on what is in view at each step (its thread is virtual), the whole below.
  await expectTranscript(agent.thread, [a1, c2]);

  // An image: a forbidden type or an oversized one is refused before any upload, a PNG goes through.
  await widget.attach({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await expect(widget.page.getByRole('alert')).toHaveText('Only PNG, JPEG, GIF or WebP images can be sent.');
  await widget.attach({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) });
  await expect(widget.page.getByRole('alert')).toHaveText('This image is too large (2.1 MB). Images up to 2 MB can be sent.');
  await widget.attach({ name: 'receipt.png', mimeType: 'image/png', buffer: await drawPng(widget) });
  await expect(widget.thread().getByRole('img', { name: 'Image: receipt.png' })).toBeVisible();
  await expect(agent.thread.getByRole('img', { name: /receipt\.png/ }).or(agent.thread.getByText(/receipt\.png/))).toBeVisible();

  const everything = [c1, a1, c2];
  expect(await serverTexts(page, widget)).toEqual(everything);
  // A reload reopens the same chat (its token is kept for the tab) with the whole thread, once each.
  await widget.page.reload();
  await widget.expectTranscript(everything);
  // The picture too, now read back from the server with the chat's token (not the upload's local preview).
  const picture = widget.thread().getByRole('img', { name: 'Image: receipt.png' });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Kept with the run's results: how both sides looked at the end, for a person to check.
  await widget.page.screenshot({ path: test.info().outputPath('customer-widget.png') });
  await page.screenshot({ path: test.info().outputPath('agent-desktop.png') });

  expect(refused).toEqual([]);

  // The customer ends the chat: the agent sees they left.
  await widget.leave();
  await expect(widget.page.getByText('You left the chat. Thank you!')).toBeVisible();
  await expect(agent.tab('王建国')).toHaveAccessibleName(/Customer left/);
});

test('a customer’s message whose answer is lost on the way back is sent again and kept once', async ({ page, customer: { widget, refused } }) => {
  const agent = await agentReady(page);
  const c1 = 'C1: is my order on its way?';
  await chatStarted(agent, widget, { as: 'widget-lost-answer-visitor' }, c1);

  // The send reaches the server but its answer never comes back: the widget retries with the same client
  // id, and the server keeps the one message it already has.
  let lost = 0;
  await widget.page.route('**/api/widget/chats/*/messages', async (route) => {
    if (route.request().method() !== 'POST' || lost > 0) return route.fallback();
    lost += 1;
    await route.fetch();
    // The page may have given up on it already (its own timeout on a loaded machine): lost either way.
    await route.abort('connectionreset').catch(() => undefined);
  });
  const c2 = 'C2: the answer to this one is lost on the way back';
  await widget.send(c2);
  await widget.expectTranscript([c1, c2]);
  await expectTranscript(agent.thread, [c1, c2]);
  expect(lost).toBe(1);
  await widget.page.unroute('**/api/widget/chats/*/messages');

  expect(await serverTexts(page, widget)).toEqual([c1, c2]);
  expect(refused).toEqual([]);
});

test('the customer’s network drops: what they write waits and goes once, and what the agent wrote meanwhile arrives', async ({ page, customer: { widget, context, refused } }) => {
  const agent = await agentReady(page);
  const c1 = 'C1: my internet keeps dropping';
  await chatStarted(agent, widget, { as: 'widget-offline-visitor' }, c1);

  // The customer's network goes: their socket is gone, and what they write waits in the outbox.
  await context.setOffline(true);
  await expect(widget.connection()).toBeVisible();
  const c2 = 'C2: written while offline';
  await widget.send(c2);
  await expect(widget.thread().getByRole('button', { name: 'Retry' })).toBeVisible();
  const a1 = 'A1: answered while the customer was away';
  await agent.reply(a1);
  const c3 = 'C3: also written offline';
  await widget.send(c3);
  await context.setOffline(false);
  await expect(widget.connection()).toBeHidden({ timeout: 30_000 });

  const everything = [c1, a1, c2, c3];
  await widget.expectTranscript(everything);
  await expectTranscript(agent.thread, everything);
  expect(await serverTexts(page, widget)).toEqual(everything);
  expect(refused).toEqual([]);
});

test('the agent’s network drops: the customer writes on, and the agent catches up once on reconnecting', async ({ page, customer: { widget, refused } }) => {
  const agent = await agentReady(page);
  const c1 = 'C1: I am waiting for a refund';
  await chatStarted(agent, widget, { as: 'widget-agent-offline-visitor' }, c1);

  await page.context().setOffline(true);
  const desktopOffline = page.getByRole('status').filter({ hasText: 'You are offline.' });
  await expect(desktopOffline).toBeVisible();
  const c2 = 'C2: are you still there?';
  const c3 = 'C3: hello?';
  await widget.send(c2);
  await widget.send(c3);
  await page.context().setOffline(false);
  await expect(desktopOffline).toBeHidden({ timeout: 30_000 });
  await expectTranscript(agent.thread, [c1, c2, c3]);
  const a1 = 'A1: sorry, my connection dropped; the refund is on its way';
  await agent.reply(a1);

  const everything = [c1, c2, c3, a1];
  await widget.expectTranscript(everything);
  await expectTranscript(agent.thread, [c2, c3, a1]);
  expect(await serverTexts(page, widget)).toEqual(everything);
  expect(refused).toEqual([]);
});
