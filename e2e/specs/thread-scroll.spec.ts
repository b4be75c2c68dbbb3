import { expect, test, type Page } from '@playwright/test';
import { buildThreadHarness, harnessUrl, routeThreadHarness } from '../thread-harness/harness-server.mjs';
import { makeThreadData } from '../../src/features/conversations/thread/testing/thread-fixtures';

// The thread's scrolling in a real browser (jsdom lays nothing out): opened at the newest message, older
// pages fetched on scroll-up with the messages on screen left where they were, new messages followed at the
// bottom and counted ("N new messages") when the agent reads further up.

test.describe.configure({ timeout: 60_000 });
test.beforeAll(() => buildThreadHarness());

const TOTAL = 1000;
const messages = makeThreadData(TOTAL, TOTAL).pages[0]!.items;

/** Answers the thread's pages like the contract says: the latest, or those before the cursor; each page oldest first. */
async function serveMessages(page: Page, gate: { hold: Promise<void> | null }) {
  await page.route('**/api/conversations/conv-1/messages?*', async (route) => {
    const url = new URL(route.request().url());
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const cursor = url.searchParams.get('cursor');
    const end = cursor ? Number(cursor.replace('before-', '')) - 1 : TOTAL;
    const start = Math.max(0, end - limit);
    if (cursor && gate.hold) await gate.hold;
    await route.fulfill({ json: { items: messages.slice(start, end), nextCursor: start > 0 ? `before-${start + 1}` : null } });
  });
}

const log = (page: Page) => page.getByRole('log', { name: 'Messages with 王芳' });
const distanceFromBottom = (page: Page) => log(page).evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
const topOf = (page: Page, seq: number) => page.locator(`[data-seq="${seq}"]`).evaluate((el) => el.getBoundingClientRect().top);

test('opens at the newest message and loads older pages on scroll-up without moving what is on screen', async ({ page }) => {
  let release!: () => void;
  const gate: { hold: Promise<void> | null } = { hold: new Promise<void>((resolve) => (release = resolve)) };
  await routeThreadHarness(page);
  await serveMessages(page, gate);
  await page.goto(harnessUrl({ scenario: 'paged', height: '600' }));
  await expect(page.locator(`[data-seq="${TOTAL}"]`)).toBeVisible();
  expect(await distanceFromBottom(page)).toBeLessThanOrEqual(2);

  // Up to the oldest loaded message: the previous page is asked for (and held back a moment).
  await log(page).evaluate((el) => (el.scrollTop = 0));
  await expect(log(page)).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('[data-seq="901"]')).toBeVisible();
  const before = await topOf(page, 901);
  release();
  await expect(page.locator('[data-seq="900"]')).toBeAttached();
  await expect(log(page)).toHaveAttribute('aria-busy', 'false');
  // Rows above were guessed, then measured: the message the agent was looking at has not moved.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(Math.abs((await topOf(page, 901)) - before)).toBeLessThanOrEqual(2);
  await expect(page.getByText('Start of the conversation')).toHaveCount(0);
});

test('follows new messages at the bottom, counts them when reading further up', async ({ page }) => {
  await routeThreadHarness(page);
  await serveMessages(page, { hold: null });
  await page.goto(harnessUrl({ scenario: 'paged', height: '600' }));
  await expect(page.locator(`[data-seq="${TOTAL}"]`)).toBeVisible();

  // At the bottom: a new message scrolls into view, no button.
  const next = await page.evaluate(() => window.__thread.append('还在吗？'));
  await expect(page.locator(`[data-seq="${next}"]`)).toBeVisible();
  await expect.poll(() => distanceFromBottom(page)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('button', { name: /New messages/ })).toHaveCount(0);

  // Reading further up: two arrive, the view stays, the button counts them and takes the agent down.
  await log(page).evaluate((el) => (el.scrollTop = el.scrollHeight - el.clientHeight - 800));
  await expect(page.getByRole('button', { name: 'Jump to the latest message' })).toBeVisible();
  const scrolled = await log(page).evaluate((el) => el.scrollTop);
  await page.evaluate(() => {
    window.__thread.append('第一条');
    window.__thread.append('第二条');
  });
  const jump = page.getByRole('button', { name: 'New messages: 2 — Jump to the latest message' });
  await expect(jump).toBeVisible();
  expect(Math.abs((await log(page).evaluate((el) => el.scrollTop)) - scrolled)).toBeLessThanOrEqual(2);
  await jump.click();
  await expect(page.getByText('第二条')).toBeVisible();
  await expect.poll(() => distanceFromBottom(page)).toBeLessThanOrEqual(2);
  await expect(jump).toHaveCount(0);
});
