import type { APIRequestContext, Page } from '@playwright/test';
import type { OfferContactInput } from '@/contract/endpoints/testing';
import { CustomerPage } from '../../pages/customer-page';
import { signInReady } from '../../support/sign-in-ready';
import { expect, requirePhone, test } from '../bff-test';
import { SipCaller } from '../sip-caller';

// The shared seed (mocks/README.md): 14799603397 is 王建国's (c-cn-0001) alone; 13739403769 is the company
// line of c-cn-0010, which c-cn-0011 and c-cn-0012 registered as their contact number too.
const WANG = { number: '14799603397', masked: '147****3397', customerId: 'c-cn-0001', name: '王建国' } as const;
const SHARED = {
  number: '13739403769',
  masked: '137****3769',
  customers: [
    { customerId: 'c-cn-0010', name: '梁军' },
    { customerId: 'c-cn-0011', name: '吴军' },
    { customerId: 'c-cn-0012', name: '郭敏' },
  ],
} as const;

/** zhang.wei signed in to the BFF's desktop, phone registered to the run's Kamailio, Ready: offers go to Ready seats only. */
async function agentReady(page: Page) {
  requirePhone();
  const { phone } = await signInReady(page);
  return { phone, customer: new CustomerPage(page) };
}

/** A contact arrives as the routing would offer it (the BFF's test endpoint); answers the offer. */
async function offer(request: APIRequestContext, body: OfferContactInput) {
  const response = await request.post('/api/test/contacts', { data: body });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { contact: { contactId: string; customerId: string | null }; agentIds: string[] };
}

/** Records, in the page, every customer view that ever appears (each names its customer in `data-customer`). */
async function watchCustomersShown(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const look = () => {
      for (const el of document.querySelectorAll('[data-customer]')) {
        const id = el.getAttribute('data-customer');
        if (id && !seen.includes(id)) seen.push(id);
      }
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-customer'] });
    (window as unknown as { __customersShown: string[] }).__customersShown = seen;
  });
  return () => page.evaluate(() => [...(window as unknown as { __customersShown: string[] }).__customersShown]);
}

test.describe('screen pop against the BFF', () => {
  test('a voice contact offered to a Ready agent pops its customer, before anything is answered', async ({ page, request }) => {
    const { phone, customer } = await agentReady(page);

    // The IVR identified the caller by number; no SIP call exists for this offer, so the phone stays quiet.
    const offered = await offer(request, { channel: 'voice', from: WANG.number });
    expect(offered.agentIds).toEqual(['agt-1001']);
    expect(offered.contact.customerId).toBe(WANG.customerId);

    // The agent did nothing: the offer alone put the customer, the balance and the contact on screen.
    await customer.expectCustomer(WANG.name, 30_000);
    await expect(page).toHaveURL(new RegExp(`/customers/${WANG.customerId}$`));
    await expect(customer.moneyStrip()).toContainText('Balance');
    await expect(customer.contactBar).toContainText(`Call from ${WANG.masked}`);
    await expect(customer.identityForm).toBeVisible();
    await expect(phone.incoming).toHaveCount(0);
    await expect(phone.currentCall).toHaveCount(0);
  });

  test('a chat from a number several customers share shows a picker, and no customer until the agent picks', async ({ page, request }) => {
    const { customer } = await agentReady(page);
    const shown = await watchCustomersShown(page);

    const offered = await offer(request, { channel: 'chat', from: SHARED.number });
    expect(offered.agentIds).toEqual(['agt-1001']);
    // Several customers answer to it: the routing leaves the contact unidentified, and so does the desktop.
    expect(offered.contact.customerId).toBeNull();

    await expect(customer.picker(SHARED.number)).toBeVisible({ timeout: 30_000 });
    // Masked like every number in the panel, never whole.
    const picker = page.getByRole('region', { name: `Several customers use ${SHARED.masked}` });
    await expect(picker).not.toContainText(SHARED.number);
    const choices = picker.getByRole('button');
    await expect(choices).toHaveCount(SHARED.customers.length);
    for (const [i, { name }] of SHARED.customers.entries()) await expect(choices.nth(i)).toHaveAccessibleName(new RegExp(`^${name}`));
    await expect(customer.customer()).toHaveCount(0);
    await expect(page).not.toHaveURL(/\/customers\//);
    // Not a glimpse of anyone since the offer arrived, not just nobody now.
    expect(await shown()).toEqual([]);

    // The agent asks, and picks the second: that one, and only that one, is shown, with the chat in hand.
    const picked = SHARED.customers[1];
    await customer.pick(picked.name);
    await expect(page).toHaveURL(new RegExp(`/customers/${picked.customerId}$`));
    await expect(customer.contactBar).toContainText(`Chat from ${SHARED.masked}`);
    expect(await shown()).toEqual([picked.customerId]);
  });

  test('a call dialled through Kamailio straight to the extension pops its customer by the caller number while it rings', async ({ page }, testInfo) => {
    const { phone, customer } = await agentReady(page);
    // Where the desktop's phone registered, and as what: the BFF's SIP settings for this agent.
    const settings = await page.request.get('/api/sip/settings');
    expect(settings.status()).toBe(200);
    const { wsUrl, uri } = (await settings.json()) as { wsUrl: string; uri: string };
    expect(uri).toBe('sip:1001@pbx.test');

    const caller = await SipCaller.open(testInfo.outputPath('caller-tone.wav'));
    try {
      // No offer: the desktop registers the call itself once it rings (contacts.register_call).
      const registered = page.waitForResponse((r) => r.url().endsWith('/api/contacts/calls') && r.request().method() === 'POST', { timeout: 60_000 });
      registered.catch(() => undefined); // awaited below; a failure before then is the one to report
      await caller.call({ wsUrl, from: WANG.number, to: uri });

      await phone.expectRinging(WANG.number, 30_000);
      await customer.expectCustomer(WANG.name, 30_000);
      await expect(page).toHaveURL(new RegExp(`/customers/${WANG.customerId}$`));
      const registration = await registered;
      expect(registration.status()).toBe(200);
      expect(registration.request().postDataJSON()).toMatchObject({ from: WANG.number });
      // The BFF identified the caller by number too: the contact in hand is a call, of 王建国, not verified yet.
      expect(await registration.json()).toMatchObject({ channel: 'voice', fromMasked: WANG.masked, customerId: WANG.customerId, queueId: null });
      await expect(customer.contactBar).toContainText(`Call from ${WANG.masked}`);
      await expect(customer.identityForm).toBeVisible();

      // All of it before the answer: the desktop still rings, the caller still waits.
      await expect(phone.incoming).toBeVisible();
      await expect(phone.currentCall).toHaveCount(0);
      // The caller hears it ring (180 from the desktop's phone) and has no answer.
      await expect.poll(async () => (await caller.state()).responses).toContain(180);
      expect(await caller.state()).toMatchObject({ state: 'Establishing', responses: expect.not.arrayContaining([200]) });

      // The caller gives up: the ringing stops at the desktop.
      await caller.hangUp();
      await expect(phone.incoming).toHaveCount(0, { timeout: 30_000 });
      await expect.poll(async () => (await caller.state()).state, { timeout: 30_000 }).toBe('Terminated');
      expect((await caller.state()).responses).toContain(487);
    } finally {
      await caller.close();
    }
  });
});
