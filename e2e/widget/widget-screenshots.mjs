// Screenshots of the built chat widget (dist/widget/) in Debian's Chromium, against a fake backend held in
// this script (Playwright routes for the API and the socket), so the widget's look can be checked without a
// BFF: `npm run build && node e2e/widget/widget-screenshots.mjs` → test-results/widget-*.png.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, headlessFlags } from '../chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'test-results');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const origin = 'http://widget.test';

function fakeBackend(page) {
  const messages = [];
  let socket = null;
  let streamSeq = 0;
  const push = (message) => {
    messages.push(message);
    streamSeq += 1;
    socket?.send(JSON.stringify({ op: 'event', event: { seq: streamSeq, at: message.at, type: 'message.created', message } }));
  };
  const message = (author, content, extra = {}) => ({
    messageId: `m${messages.length + 1}`, conversationId: 'c1', seq: messages.length + 1, author, agentId: author === 'agent' ? 'u1' : null,
    authorName: author === 'agent' ? '张伟' : '王建国', at: new Date(Date.UTC(2026, 10, 30, 2, 10 + messages.length)).toISOString(),
    content, internal: false, clientId: null, status: 'sent', ...extra,
  });
  return {
    async install() {
      await page.route(`${origin}/**`, async (route) => {
        const url = new URL(route.request().url());
        const method = route.request().method();
        if (url.pathname === '/api/widget/chats' && method === 'POST') {
          const body = route.request().postDataJSON();
          push(message('customer', { kind: 'text', text: body.text }));
          return route.fulfill({ json: { conversationId: 'c1', chatToken: 'token-1', customerName: '王建国' } });
        }
        if (url.pathname === '/api/widget/chats/c1/messages' && method === 'GET') return route.fulfill({ json: { items: messages, nextCursor: null } });
        if (url.pathname === '/api/widget/chats/c1/messages' && method === 'POST') {
          const body = route.request().postDataJSON();
          const created = message('customer', body.content, { clientId: body.clientId });
          push(created);
          return route.fulfill({ json: created });
        }
        if (url.pathname.startsWith('/api/')) return route.fulfill({ json: { ok: true } });
        const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
        try {
          return route.fulfill({ body: readFileSync(join(dist, path)), contentType: types[extname(path)] ?? 'application/octet-stream' });
        } catch {
          return route.fulfill({ status: 404 });
        }
      });
      await page.routeWebSocket(`ws://widget.test/api/widget/events`, (ws) => {
        socket = ws;
        ws.onMessage((raw) => {
          const frame = JSON.parse(String(raw));
          if (frame.op === 'hello') ws.send(JSON.stringify({ op: 'ready', lastSeq: streamSeq, replayed: 0 }));
        });
      });
    },
    agentSays(text) {
      push(message('agent', { kind: 'text', text }));
    },
    system(event, detail) {
      push(message('system', { kind: 'system', event, detail }));
    },
    typing(typing) {
      streamSeq += 1;
      socket?.send(JSON.stringify({ op: 'event', event: { seq: streamSeq, at: new Date().toISOString(), type: 'typing', conversationId: 'c1', who: 'agent', typing } }));
    },
  };
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: headlessFlags });
try {
  for (const [locale, viewport] of [['zh-CN', { width: 420, height: 720 }], ['en-US', { width: 1024, height: 800 }]]) {
    const context = await browser.newContext({ locale, viewport });
    const page = await context.newPage();
    const backend = fakeBackend(page);
    await backend.install();
    await page.goto(`${origin}/widget/`);
    const who = page.getByRole('textbox').first();
    await who.waitFor();
    await page.screenshot({ path: join(out, `widget-start-${locale}.png`) });
    await who.fill('14799603397');
    await page.getByRole('textbox').nth(1).fill(locale === 'en-US' ? 'My bill looks too high this month.' : '这个月的话费好像多扣了。');
    await page.getByRole('button').last().click();
    await page.getByRole('log').getByText(/14799603397|话费|bill/).first().waitFor();
    backend.system('assigned', { agentName: '张伟' });
    backend.agentSays(locale === 'en-US' ? 'Hello Mr Wang, let me check your bill.' : '王先生您好，我帮您查一下账单。');
    await page.getByRole('log').getByText(/账单|check your bill/).waitFor();
    await page.locator('#widget-input').fill(locale === 'en-US' ? 'Thanks, here is a screenshot.' : '好的，谢谢。');
    await page.keyboard.press('Enter');
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    backend.typing(true);
    await page.getByRole('status').filter({ hasText: /输入|typing/ }).waitFor();
    await page.screenshot({ path: join(out, `widget-chat-${locale}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
