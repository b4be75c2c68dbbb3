import AxeBuilder from '@axe-core/playwright';
import { ChatWidgetPage } from '../../pages/chat-widget-page';
import { ConversationsPage } from '../../pages/conversations-page';
import { expectTranscript } from '../../pages/expect-transcript';
import { LoginPage } from '../../pages/login-page';
import { ShellPage } from '../../pages/shell-page';
import { SoftphonePage } from '../../pages/softphone-page';
import { expect, requirePhone, test } from '../bff-test';

/** Accessibility problems axe finds on the widget, one line each (empty when none). */
async function axeProblems(widget: ChatWidgetPage): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: widget.page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
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

test('a customer in the chat widget and an agent in the desktop talk both ways; a dropped socket on either side loses and repeats nothing', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  requirePhone();
  // The agent: signed in, phone registered, Ready for contacts.
  await new LoginPage(page).signInAs('zhang.wei');
  await new SoftphonePage(page).expectRegistered(30_000);
  const shell = new ShellPage(page);
  await shell.setState('Ready');
  await shell.expectState('Ready');
  const agent = new ConversationsPage(page);

  // The customer, in a browser of their own, starts a chat with a number the centre knows (王建国).
  const customerContext = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 480, height: 800 } });
  try {
    const widget = new ChatWidgetPage(await customerContext.newPage());
    // The widget runs under the BFF's Content-Security-Policy like the desktop: nothing of it may be refused.
    const refused: string[] = [];
    widget.page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await widget.open();
    expect(await axeProblems(widget)).toEqual([]);
    // The browser says English; the customer may switch, and every text follows.
    await widget.chooseLanguage('zh-CN');
    await expect(widget.page.getByRole('heading', { level: 1 })).toHaveText('在线客服');
    await expect(widget.page.getByRole('button', { name: '开始咨询' })).toBeVisible();
    await widget.chooseLanguage('en');
    await expect(widget.page.getByRole('heading', { level: 1 })).toHaveText('Customer service');
    const c1 = 'C1: my bill this month looks too high';
    await widget.start('14799603397', c1);
    expect(await axeProblems(widget)).toEqual([]);

    await agent.accept('王建国');
    // The agent's side is checked on what is in view at each step (its thread is virtual), the whole at the end.
    await expectTranscript(agent.thread, [c1]);

    // The agent answers; the customer sees the typing first, then the answer.
    const a1 = 'A1: let me check your bill, Mr Wang';
    await agent.composer().pressSequentially('A1: ');
    await expect(widget.agentTyping()).toBeVisible();
    await agent.composer().fill(a1);
    await agent.composer().press('Enter');
    await widget.expectTranscript([c1, a1]);

    // The customer types: the agent sees it on the open conversation.
    const c1b = 'C1b: the answer to this one is lost on the way back';
    await widget.composer().pressSequentially('C1b');
    await expect(agent.tab('王建国')).toHaveAccessibleName(/Customer is typing…/);
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
    await widget.send(c1b);
    await widget.expectTranscript([c1, a1, c1b]);
    await expectTranscript(agent.thread, [a1, c1b]);
    expect(lost).toBe(1);
    await widget.page.unroute('**/api/widget/chats/*/messages');

    // An image: a forbidden type or an oversized one is refused before any upload, a PNG goes through.
    await widget.attach({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect(widget.page.getByRole('alert')).toHaveText('Only PNG, JPEG, GIF or WebP images can be sent.');
    await widget.attach({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) });
    await expect(widget.page.getByRole('alert')).toHaveText('This image is too large (2.1 MB). Images up to 2 MB can be sent.');
    await widget.attach({ name: 'receipt.png', mimeType: 'image/png', buffer: await drawPng(widget) });
    await expect(widget.thread().getByRole('img', { name: 'Image: receipt.png' })).toBeVisible();
    await expect(agent.thread.getByRole('img', { name: /receipt\.png/ }).or(agent.thread.getByText(/receipt\.png/))).toBeVisible();

    // The customer's network goes: their socket is gone, and what they write waits in the outbox.
    await customerContext.setOffline(true);
    await expect(widget.connection()).toBeVisible();
    const c2 = 'C2: written while offline';
    await widget.send(c2);
    await expect(widget.thread().getByRole('button', { name: 'Retry' })).toBeVisible();
    const a2 = 'A2: answered while the customer was away';
    await agent.reply(a2);
    const c3 = 'C3: also written offline';
    await widget.send(c3);
    await customerContext.setOffline(false);
    await expect(widget.connection()).toBeHidden({ timeout: 30_000 });
    await widget.expectTranscript([c1, a1, c1b, a2, c2, c3]);
    await expectTranscript(agent.thread, [c1b, a2, c2, c3]);

    // Now the agent's network goes: the customer writes on, the agent catches up on reconnecting.
    await page.context().setOffline(true);
    const desktopOffline = page.getByRole('status').filter({ hasText: 'You are offline.' });
    await expect(desktopOffline).toBeVisible();
    const c4 = 'C4: are you still there?';
    const c5 = 'C5: hello?';
    await widget.send(c4);
    await widget.send(c5);
    await page.context().setOffline(false);
    await expect(desktopOffline).toBeHidden({ timeout: 30_000 });
    await expectTranscript(agent.thread, [c3, c4, c5]);
    const a3 = 'A3: sorry, my connection dropped; the refund is on its way';
    await agent.reply(a3);

    const everything = [c1, a1, c1b, a2, c2, c3, c4, c5, a3];
    await widget.expectTranscript(everything);
    await expectTranscript(agent.thread, [c4, c5, a3]);
    // The agent's thread is virtual (only the rows in view exist), so the whole of it is read as the desktop
    // reads it, from the API with the agent's session: each message once, in order.
    const chat = await widget.page.evaluate(() => JSON.parse(sessionStorage.getItem('zuoxi.widget.chat') ?? 'null') as { conversationId: string });
    const thread = await page.request.get(`/api/conversations/${encodeURIComponent(chat.conversationId)}/messages?limit=200`);
    expect(thread.status()).toBe(200);
    const texts = ((await thread.json()) as { items: Array<{ content: { kind: string; text?: string } }> }).items.flatMap((m) => (m.content.kind === 'text' ? [m.content.text] : []));
    expect(texts).toEqual(everything);
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
  } finally {
    await customerContext.close();
  }
});
