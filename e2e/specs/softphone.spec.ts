import { expect, test, type Page } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';
import { SoftphonePage } from '../pages/softphone-page';

// Mock mode: the app wires mock voice offers to the FakeSoftphone, so injectContact rings the panel.
async function ring(page: Page, from = '13800138000') {
  await page.evaluate((caller) => {
    const mock = (window as unknown as { __zuoxiMock: { injectContact(input: Record<string, unknown>): unknown } }).__zuoxiMock;
    mock.injectContact({ channel: 'voice', from: caller, intent: 'billing', queueId: 'q-cn-general', verified: true });
  }, from);
}

test.beforeEach(async ({ page }) => {
  await primeBrowser(page);
  await new LoginPage(page).signInAs('zhang.wei');
});

test('an inbound call rings, is answered, held, muted, keyed and hung up', async ({ page }) => {
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await ring(page);
  await phone.expectRinging('13800138000');
  await expect(phone.incoming).toContainText('billing');
  await expect(phone.incoming).toContainText('Verified');
  await expect(page.locator('#live-assertive')).toContainText('Incoming call from 13800138000');
  await expect(page).toHaveTitle(/^\(1\) Incoming call · Workspace · Zuoxi$/);
  const favicon = page.locator('link[rel="icon"]');
  await expect(favicon, 'the favicon carries the count').toHaveAttribute('href', /^data:image\/svg\+xml,.*%3E1%3C/);

  await phone.answer();
  await expect(page).toHaveTitle('Workspace · Zuoxi');
  await expect(favicon).toHaveAttribute('href', '/favicon.svg');
  await expect(phone.timer).toHaveText(/00:0\d/);
  await expect(phone.timer).toHaveText(/00:0[1-9]/, { timeout: 4000 });
  await expect(phone.quality).toBeVisible();

  await phone.hold();
  await expect(phone.currentCall).toContainText('On hold');
  await phone.resume();
  await expect(phone.currentCall).toContainText('Connected');

  await phone.mute();
  await phone.unmute();

  await phone.sendDtmf('12#');
  await phone.hangUp();

  await expect(phone.recentCall('13800138000')).toBeVisible();
});

test('shortcuts answer and hang up from anywhere', async ({ page }) => {
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await ring(page, '95555');
  await phone.expectRinging('95555');
  await page.keyboard.press('Control+Shift+A');
  await expect(phone.currentCall).toContainText('Connected');
  await page.keyboard.press('Control+Shift+H');
  await expect(phone.button('Resume', phone.currentCall)).toBeVisible();
  await page.keyboard.press('Control+Shift+H');
  await expect(phone.button('Hold', phone.currentCall)).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(phone.currentCall).toHaveCount(0);
});

test('a rejected call is listed as missed, and recent calls redial', async ({ page }) => {
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await ring(page);
  await phone.expectRinging('13800138000');
  await phone.reject();
  await expect(phone.recentCall('13800138000').getByRole('img', { name: 'Missed' })).toBeVisible();
  await phone.redial('13800138000');
  await expect(phone.currentCall).toContainText('Connected');
  await phone.hangUp();
  // The list survives a reload (persisted, last 50).
  await page.reload();
  await expect(phone.recentCall('13800138000').first()).toBeVisible();

  // A shared workstation: the next agent to sign in never sees the last one's callers.
  await new ShellPage(page).signOut('张伟');
  await new LoginPage(page).signInAs('li.na');
  await phone.expectRegistered();
  await expect(phone.panel.getByText('No calls yet')).toBeVisible();
  await expect(phone.recentCall('13800138000')).toHaveCount(0);
});

test('dialing from the number field normalises Chinese numbers', async ({ page }) => {
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await phone.dial('+86 138 0013 8000');
  await expect(phone.currentCall).toContainText('13800138000');
  await expect(phone.currentCall).toContainText('Connected');
  await phone.hangUp();
});

test('blind transfer and consult to an expert seat', async ({ page }) => {
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await ring(page);
  await phone.answer();
  await phone.consult('2001');
  await expect(phone.consultCall).toContainText('Connected');
  await expect(phone.currentCall).toContainText('On hold');
  await phone.cancelConsult();
  await expect(phone.currentCall).toContainText('Connected');
  await phone.transferBlind('2001');
  await expect(phone.currentCall).toHaveCount(0);
});

test('click-to-dial from a phone number shown in the desktop', async ({ page }) => {
  // A team lead calls an agent from the agent board's extension column.
  await new ShellPage(page).signOut('张伟');
  await new LoginPage(page).signInAs('wang.fang');
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  const phone = new SoftphonePage(page);
  await expect(phone.status).toHaveAccessibleName('Phone: registered');
  const link = page.getByRole('table', { name: 'Agent states' }).getByRole('button', { name: 'Call 1001' });
  await link.click();
  await expect(phone.currentCall).toBeVisible();
  await expect(phone.currentCall).toContainText('Connected');
  await phone.hangUp();
});

test('a second tab mirrors the phone, controls the call, and takes over when the first closes', async ({ page, context }) => {
  const phoneA = new SoftphonePage(page);
  await expect(phoneA.status).toHaveAccessibleName('Phone: registered');
  const second = await context.newPage();
  await second.goto('/');
  const phoneB = new SoftphonePage(second);
  await expect(phoneB.status).toHaveAccessibleName('Phone: registered (another tab)');
  await ring(page);
  await phoneB.expectRinging('13800138000');
  await phoneB.answer();
  await expect(phoneA.currentCall).toContainText('Connected');
  await phoneB.hold();
  await expect(phoneA.button('Resume', phoneA.currentCall)).toBeVisible();
  await phoneB.resume();
  await phoneB.hangUp();
  await expect(phoneA.currentCall).toHaveCount(0);
  // The owner closes while idle: the other tab takes the lock and registers within 3 s.
  await page.close();
  await expect(phoneB.status).toHaveAccessibleName('Phone: registered', { timeout: 3000 });
});

test('at 1366×768 with 125% zoom (1093×614) nothing scrolls sideways and the call controls stay in view', async ({ page }) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  const phone = new SoftphonePage(page);
  await phone.expectRegistered();
  await ring(page);
  await phone.answer();
  await expect(phone.button('Hang up', phone.currentCall)).toBeInViewport();
  await expect(phone.button('Hold', phone.currentCall)).toBeInViewport();
  // The context panel gives way first.
  await expect(page.getByRole('region', { name: 'Context' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // On demand it floats over the conversation, leaving the phone usable.
  await page.getByRole('button', { name: 'Show context panel' }).click();
  await expect(page.getByRole('region', { name: 'Context' })).toBeInViewport();
  await expect(phone.button('Hang up', phone.currentCall)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole('region', { name: 'Context' }).getByRole('button', { name: 'Hide context panel' }).click();
  await expect(page.getByRole('region', { name: 'Context' })).toHaveCount(0);
  await phone.hangUp();
});
