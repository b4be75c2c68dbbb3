import { expect, test, type Page } from '@playwright/test';
import { CustomerPage } from '../pages/customer-page';
import { LoginPage, primeBrowser } from '../pages/login-page';
import { mock } from '../pages/mock-controls';
import { ShellPage } from '../pages/shell-page';
import { signInReady } from '../support/sign-in-ready';

// The shared seed (mocks/README.md): 14799603397 is 王建国's (c-cn-0001); 刘丽 is c-cn-0002 (open complaint,
// arrears); 13000000000 is nobody's.
const WANG = '14799603397';
// 王雪's (c-cn-0005) family line, which 杨艳 (c-cn-0006) and 陈强 registered as their contact number too.
const SHARED = { number: '18774068323', names: ['王雪', '杨艳', '陈强'] } as const;

/** Signed in, phone registered, Ready: calls are offered to Ready agents only. */
async function agentReady(page: Page, username = 'zhang.wei') {
  await primeBrowser(page);
  const { phone, shell } = await signInReady(page, username);
  return { phone, shell, customer: new CustomerPage(page) };
}

test.describe('screen pop', () => {
  test('a call from a known number pops the right customer before it is answered', async ({ page }) => {
    const { phone, customer } = await agentReady(page);
    await mock(page, 'injectContact', { channel: 'voice', from: WANG, intent: 'bill_query' });
    await phone.expectRinging(WANG);
    // While it still rings: the customer, the balance and the contact's identity check are on screen.
    await customer.expectCustomer('王建国');
    await expect(phone.incoming).toBeVisible();
    await expect(page).toHaveURL(/\/customers\/c-cn-0001$/);
    await expect(customer.moneyStrip()).toContainText('Balance');
    // Masked, and why in words.
    await expect(customer.contactBar).toContainText('Call from 147****3397');
    await expect(customer.contactBar).toContainText('Intent: Bill query');
    await expect(customer.contextPanel).not.toContainText(WANG);
    await expect(customer.section('Accounts')).toBeVisible();
    await phone.answer();
    await customer.expectCustomer('王建国');
  });

  test('a number several customers use shows a picker, and nobody until the agent picks', async ({ page }) => {
    const { customer } = await agentReady(page);
    await mock(page, 'injectContact', { channel: 'voice', from: SHARED.number });
    await expect(customer.picker(SHARED.number)).toBeVisible({ timeout: 10_000 });
    await expect(customer.contextPanel).not.toContainText(SHARED.number);
    await expect(customer.customer()).toHaveCount(0);
    await customer.pick(SHARED.names[1]);
  });

  test('a caller nobody knows can be found and linked', async ({ page }) => {
    const { customer } = await agentReady(page);
    await mock(page, 'injectContact', { channel: 'voice', from: '13000000000', customerId: null });
    // "Unknown caller 130****0000": masked like every number in the panel.
    await expect(customer.unknownCaller('13000000000')).toBeVisible({ timeout: 10_000 });
    await expect(customer.contextPanel).not.toContainText('13000000000');
    await customer.linkUnknownCaller('刘丽', '刘丽');
    await expect(customer.riskFlags()).toContainText('Open complaint');
  });

  test('a call dialled straight to the extension pops by its caller number', async ({ page }) => {
    const { phone, customer } = await agentReady(page);
    await page.evaluate((from) => window.__zuoxiPhone!.simulateIncoming({ from }), WANG);
    await phone.expectRinging(WANG);
    await customer.expectCustomer('王建国');
    await expect(customer.identityForm).toBeVisible();
  });
});

test.describe('personal data', () => {
  test('a reveal needs a reason, counts down to masking again, and a team lead’s audit view lists it', async ({ page }) => {
    await primeBrowser(page);
    await new LoginPage(page).signInAs('zhang.wei');
    const customer = new CustomerPage(page);
    await customer.search('王建国', '王建国');
    await customer.revealButton('number').first().click();
    const dialog = page.getByRole('dialog', { name: 'Reveal number' });
    await expect(dialog.getByRole('button', { name: 'Reveal', exact: true })).toBeDisabled();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('caller asked to confirm the number');
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect(customer.countdown('number')).toBeVisible();
    await expect(customer.details).toContainText(WANG);
    // The agent may mask it before the time is up.
    await customer.details.getByRole('button', { name: 'Mask number again' }).click();
    await expect(customer.details).not.toContainText(WANG);
    await expect(customer.details).toContainText('147****3397');

    // Same page (the mock backend lives in it): the agent signs out, the team lead signs in.
    await new ShellPage(page).signOut('张伟');
    await new LoginPage(page).signIn('wang.fang');
    await page.getByRole('navigation').getByRole('link', { name: 'Supervisor' }).click();
    await page.getByRole('tab', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Audit log' });
    const row = log.getByRole('row').filter({ hasText: 'Revealed personal data' }).first();
    await expect(row).toContainText('张伟');
    await expect(row).toContainText('caller asked to confirm the number');
  });

  test('an agent cannot reveal what a team lead can', async ({ page }) => {
    await primeBrowser(page);
    await new LoginPage(page).signInAs('zhang.wei');
    const customer = new CustomerPage(page);
    await customer.search('王建国', '王建国');
    await expect(customer.revealButton('number').first()).toBeVisible();
    await expect(customer.revealButton('ID number')).toHaveCount(0);

    await new ShellPage(page).signOut('张伟');
    await new LoginPage(page).signIn('wang.fang');
    await customer.search('王建国', '王建国');
    await customer.reveal('ID number', 'complaint review with the customer');
  });
});
