import { expect, test, type Page } from '@playwright/test';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { ShellPage } from '../pages/shell-page';
import { SoftphonePage } from '../pages/softphone-page';
import { signInReady } from '../support/sign-in-ready';

// One story per test, each setting up what it needs (sign-in, a call): 2–4 s alone here, so the config's
// 30 s leaves room for a loaded machine; the heavier ones say so.

// Mock mode: the app wires mock voice offers to the FakeSoftphone, so injectContact rings the panel.
async function ring(page: Page, from = '13800138000') {
  await page.evaluate((caller) => {
    const mock = (window as unknown as { __zuoxiMock: { injectContact(input: Record<string, unknown>): unknown } }).__zuoxiMock;
    mock.injectContact({ channel: 'voice', from: caller, intent: 'bill_query', queueId: 'q-cn-general', verified: true });
  }, from);
}

/** What the mock phone was asked to do ("dial 13800138000", …): the whole number behind a masked one. */
function dialled(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __zuoxiPhone: { log: string[] } }).__zuoxiPhone.log);
}

/** An agent signed in with the phone registered, and Ready (calls are offered to Ready seats only): where every call story starts. */
async function agentReady(page: Page, username = 'zhang.wei') {
  await primeBrowser(page);
  return (await signInReady(page, username)).phone;
}

/** An agent in a connected call with a customer. */
async function inCall(page: Page, from = '13800138000') {
  const phone = await agentReady(page);
  await ring(page, from);
  await phone.expectRinging(from);
  await phone.answer();
  return phone;
}

/** An agent who has rejected one call, so recent calls list it. */
async function afterRejectedCall(page: Page, from = '13800138000') {
  const phone = await agentReady(page);
  await ring(page, from);
  await phone.expectRinging(from);
  await phone.reject();
  await expect(phone.recentCall(from)).toBeVisible();
  return phone;
}

test.describe('an inbound call', () => {
  test('rings with the number masked and what the IVR learned in words, is announced, and is counted in the tab title and favicon', async ({ page }) => {
    const phone = await agentReady(page);
    await ring(page);
    // The number masked (138****8000, never whole); the IVR's codes in words.
    await phone.expectRinging('13800138000');
    await expect(phone.incoming).toContainText('Intent: Bill query');
    await expect(phone.incoming).toContainText('Queue: Hotline (general)');
    await expect(phone.incoming).not.toContainText('q-cn-general');
    await expect(phone.incoming).toContainText('Verified');
    // Said aloud masked too.
    await expect(page.locator('#live-assertive')).toContainText('Incoming call from 138****8000');
    await expect(page.locator('#live-assertive')).not.toContainText('13800138000');
    await expect(page).toHaveTitle(/^\(1\) Incoming call · Workspace · Zuoxi$/);
    await expect(page.locator('link[rel="icon"]'), 'the favicon carries the count').toHaveAttribute('href', /^data:image\/svg\+xml,.*%3E1%3C/);
  });

  test('answered, clears the count and runs the call timer and quality', async ({ page }) => {
    const phone = await inCall(page);
    await expect(page).toHaveTitle('Workspace · Zuoxi');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
    await expect(phone.timer).toHaveText(/00:0\d/);
    await expect(phone.timer).toHaveText(/00:0[1-9]/, { timeout: 4000 });
    await expect(phone.quality).toBeVisible();
  });

  test('is held and resumed', async ({ page }) => {
    const phone = await inCall(page);
    await phone.hold();
    await expect(phone.currentCall).toContainText('On hold');
    await phone.resume();
    await expect(phone.currentCall).toContainText('Connected');
  });

  test('is muted and unmuted', async ({ page }) => {
    const phone = await inCall(page);
    await phone.mute();
    await phone.unmute();
  });

  test('carries the tones keyed on the keypad', async ({ page }) => {
    const phone = await inCall(page);
    await phone.sendDtmf('12#');
    const sent = () => page.evaluate(() => (window as unknown as { __zuoxiPhone: { dtmfLog: { tone: string }[] } }).__zuoxiPhone.dtmfLog.map((d) => d.tone).join(''));
    await expect.poll(sent).toBe('12#');
  });

  test('shows the number masked for the whole call', async ({ page }) => {
    const phone = await inCall(page);
    await phone.expectCurrentCall('13800138000');
    await phone.hold();
    await phone.expectCurrentCall('13800138000');
  });

  test('hung up, is listed in recent calls, masked', async ({ page }) => {
    const phone = await inCall(page);
    await phone.hangUp();
    await expect(phone.recentCall('13800138000')).toBeVisible();
    await expect(phone.recentCalls).not.toContainText('13800138000');
  });
});

test('shortcuts answer, hold, resume and hang up from anywhere', async ({ page }) => {
  const phone = await agentReady(page);
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

test.describe('recent calls', () => {
  test('list a rejected call as missed', async ({ page }) => {
    const phone = await afterRejectedCall(page);
    await expect(phone.recentCall('13800138000').getByRole('img', { name: 'Missed' })).toBeVisible();
  });

  test('redial a number: shown masked, dialled whole', async ({ page }) => {
    const phone = await afterRejectedCall(page);
    await phone.redial('13800138000');
    await expect.poll(() => dialled(page)).toContain('dial 13800138000');
    await phone.expectCurrentCall('13800138000');
    await expect(phone.currentCall).toContainText('Connected');
    await phone.hangUp();
  });

  test('survive a reload (persisted, last 50)', async ({ page }) => {
    const phone = await afterRejectedCall(page);
    await page.reload();
    await expect(phone.recentCall('13800138000').first()).toBeVisible();
  });

  test('are not shown to the next agent who signs in at a shared workstation', async ({ page }) => {
    const phone = await afterRejectedCall(page);
    await new ShellPage(page).signOut('张伟');
    await new LoginPage(page).signInAs('li.na');
    await phone.expectRegistered();
    await expect(phone.panel.getByText('No calls yet')).toBeVisible();
    await expect(phone.recentCall('13800138000')).toHaveCount(0);
  });
});

test('dialing from the number field normalises Chinese numbers', async ({ page }) => {
  const phone = await agentReady(page);
  await phone.dial('+86 138 0013 8000');
  await expect.poll(() => dialled(page)).toContain('dial 13800138000');
  await phone.expectCurrentCall('13800138000');
  await expect(phone.currentCall).toContainText('Connected');
  await phone.hangUp();
});

test('a consult with an expert seat holds the customer, and cancelling it goes back to them', async ({ page }) => {
  const phone = await inCall(page);
  await phone.consult('2001');
  await expect(phone.consultCall).toContainText('Connected');
  await expect(phone.currentCall).toContainText('On hold');
  await phone.cancelConsult();
  await expect(phone.currentCall).toContainText('Connected');
});

test('a blind transfer to an expert seat hands the call over', async ({ page }) => {
  const phone = await inCall(page);
  await phone.transferBlind('2001');
  await expect(phone.currentCall).toHaveCount(0);
});

test('click-to-dial from a phone number shown in the desktop', async ({ page }) => {
  // A team lead calls an agent from the agent board's extension column.
  const phone = await agentReady(page, 'wang.fang');
  await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
  const link = page.getByRole('table', { name: 'Agent states' }).getByRole('button', { name: 'Call 1001' });
  await link.click();
  await expect(phone.currentCall).toBeVisible();
  await expect(phone.currentCall).toContainText('Connected');
  await phone.hangUp();
});

test.describe('a second tab of the same agent', () => {
  // Two desktops (two app boots, two mock workers) in one test: room for a loaded machine.
  test.describe.configure({ timeout: 90_000 });

  test('mirrors the phone, answers a call and controls it', async ({ page, context }) => {
    const phoneA = await agentReady(page);
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
    await expect(phoneA.button('Hold', phoneA.currentCall)).toBeVisible();
    await phoneB.hangUp();
    await expect(phoneA.currentCall).toHaveCount(0);
  });

  test('takes the phone over within 3 s when the first tab closes', async ({ page, context }) => {
    await agentReady(page);
    const second = await context.newPage();
    await second.goto('/');
    const phoneB = new SoftphonePage(second);
    await expect(phoneB.status).toHaveAccessibleName('Phone: registered (another tab)');
    await page.close();
    await expect(phoneB.status).toHaveAccessibleName('Phone: registered', { timeout: 3000 });
  });
});

test.describe('at 1366×768 with 125% zoom (1093×614)', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1093, height: 614 });
  });

  test('nothing scrolls sideways, the call controls stay in view and the context panel gives way first', async ({ page }) => {
    const phone = await inCall(page);
    await expect(phone.button('Hang up', phone.currentCall)).toBeInViewport();
    await expect(phone.button('Hold', phone.currentCall)).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Context' })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('the context panel floats over the conversation on demand, leaving the phone usable', async ({ page }) => {
    const phone = await inCall(page);
    await page.getByRole('button', { name: 'Customer · Knowledge · Offers' }).click();
    await expect(page.getByRole('region', { name: 'Context' })).toBeInViewport();
    await expect(phone.button('Hang up', phone.currentCall)).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('region', { name: 'Context' }).getByRole('button', { name: 'Hide context panel' }).click();
    await expect(page.getByRole('region', { name: 'Context' })).toHaveCount(0);
    await phone.hangUp();
  });
});
