import { expect, test, type Page } from '@playwright/test';
import { buildThreadHarness, harnessUrl, routeThreadHarness } from '../thread-harness/harness-server.mjs';
import { REMOTE_HOST, xssCorpus } from '../../src/features/conversations/thread/testing/xss-corpus';

// Every payload of the corpus, as the HTML part of an email, rendered by the real ConversationThread in
// Debian's Chromium (the thread harness: the component with a seeded cache, no backend). Nothing may run
// (the payloads set `__xss` on every window they can reach, or open a dialog) and nothing may be fetched
// from the hostile hosts until the agent asks for remote images.

test.describe.configure({ timeout: 90_000 });
test.beforeAll(() => buildThreadHarness());

interface Watch {
  dialogs: string[];
  remote: string[];
  popups: string[];
}

async function open(page: Page): Promise<Watch> {
  const watch: Watch = { dialogs: [], remote: [], popups: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes(REMOTE_HOST)) watch.remote.push(request.url());
  });
  page.on('popup', (popup) => watch.popups.push(popup.url()));
  await routeThreadHarness(page);
  // Should one leave, it is seen above and answered here, never by the network.
  await page.route(`**/*.${REMOTE_HOST}/**`, (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') }));
  // Tall enough that the virtual list mounts every row at once.
  await page.goto(harnessUrl({ scenario: 'xss', height: '80000' }));
  await expect(page.getByRole('log', { name: 'Messages with 王芳' }).locator('iframe')).toHaveCount(xssCorpus.length);
  await settle(page);
  return watch;
}

/** Every frame loaded (one navigated away to another origin has no document here: the checks below catch it), then two painted frames. */
async function settle(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => !f.contentDocument || f.contentDocument.readyState === 'complete'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test(`none of the ${xssCorpus.length} payloads runs a script or fetches a remote image`, async ({ page }) => {
  expect(xssCorpus.length).toBeGreaterThanOrEqual(30);
  const watch = await open(page);

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.popups).toEqual([]);
  expect(watch.remote).toEqual([]);

  const frames = await page.locator('iframe').evaluateAll((list) =>
    list.map((f) => {
      const frame = f as HTMLIFrameElement;
      const doc = frame.contentDocument;
      if (!doc) return { title: frame.title, navigated: 'to another origin' };
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
      return {
        title: frame.title,
        navigated: doc.location.href === 'about:srcdoc' ? null : doc.location.href,
        sandbox: frame.getAttribute('sandbox') ?? '',
        cspFirst: doc.head.firstElementChild === csp,
        csp: csp?.getAttribute('content') ?? '',
        canary: (doc.defaultView as unknown as { __xss?: unknown } | null)?.__xss ?? null,
        active: [...doc.body.querySelectorAll('script, iframe, frame, object, embed, form, input, button, meta, base, link, svg, math, video, audio')].map((e) => e.tagName),
        handlers: [...doc.body.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}[${a.name}]`)),
        links: [...doc.querySelectorAll('a[href]')].map((a) => `${a.getAttribute('href')} ${a.getAttribute('target')} ${a.getAttribute('rel')}`),
      };
    }),
  );
  for (const frame of frames) {
    expect(frame.navigated, frame.title).toBeNull();
    if (!('sandbox' in frame)) continue;
    expect(frame.sandbox, frame.title).not.toContain('allow-scripts');
    expect(frame.cspFirst, frame.title).toBe(true);
    expect(frame.csp, frame.title).toContain("default-src 'none'");
    expect(frame.csp, frame.title).toContain('img-src data: cid:;');
    expect(frame.canary, frame.title).toBeNull();
    expect(frame.active, frame.title).toEqual([]);
    expect(frame.handlers, frame.title).toEqual([]);
    for (const link of frame.links ?? []) expect(link, frame.title).toMatch(/^(?:https?:\/\/|mailto:)\S* _blank noopener noreferrer$/);
  }
  // Payloads sent as chat text stay text.
  await expect(page.getByText('<p>hi</p><script>', { exact: false })).toBeVisible();
});

test('remote images load only when the agent asks, https only, and still nothing runs', async ({ page }) => {
  const watch = await open(page);
  const email = page.locator('.zx-row', { has: page.getByText('remote tracking pixel', { exact: true }) });
  await email.getByRole('button', { name: 'Show remote images (1)' }).click();
  await expect.poll(() => watch.remote).toEqual([`https://img.${REMOTE_HOST}/pixel.gif?u=1`]);
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
});
