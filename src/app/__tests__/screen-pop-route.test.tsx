import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockControls } from '@mocks/mock-controls';
import { publish } from '@mocks/core/realtime-server';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { customerViewStubs, offeredContactView, type CustomerStubs } from '@/testing/customer-view-stubs';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { asSession, signIn, useMockServer, type TestSession } from '@/testing/use-mock-server';
import { App } from '../app';

const server = useMockServer();
let stubs: CustomerStubs;
let restoreSizes: () => void;

beforeEach(async () => {
  stubs = customerViewStubs();
  server.use(...stubs.handlers);
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
  usePopStore.getState().reset();
  restoreSizes = mockElementSizes({ viewport: 312 });
});

afterEach(() => restoreSizes());

/** zhang.wei signed in, Ready (offers go to Ready seats only), the workspace open with its phone registered. */
async function readyAgent(): Promise<TestSession> {
  const session = await signIn('zhang.wei');
  await fetch('/api/agent/state', { method: 'PUT', headers: asSession(session, { 'Content-Type': 'application/json' }), body: JSON.stringify({ status: 'ready' }) });
  window.history.replaceState(null, '', '/');
  render(<App />);
  await screen.findByRole('status', { name: 'Phone: registered' }, { timeout: 10_000 });
  return session;
}

/** Offers a contact the way the ACD would, and lets the stubbed contacts endpoint know it. */
function offer(input: Parameters<typeof mockControls.injectContact>[0]) {
  const { contact } = mockControls.injectContact(input);
  stubs.contacts.set(contact.contactId, offeredContactView(contact.contactId, contact.customerId, { channel: contact.channel, verified: contact.verified, verification: contact.verified ? { method: 'ivr', at: new Date().toISOString(), by: null } : null }));
  return contact;
}

const customerPanel = () => screen.findByRole('region', { name: /^Customer / }, { timeout: 10_000 });

describe('screen pop', () => {
  it('pops the caller’s customer while the phone still rings, with every section already fetched', async () => {
    await readyAgent();
    const fetched = new Set<string>();
    server.events.on('request:start', ({ request }) => fetched.add(new URL(request.url).pathname));
    act(() => void offer({ channel: 'voice', from: '14799603397', intent: 'billing' }));

    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/c-cn-0001');
    expect(screen.getByRole('region', { name: 'Incoming call' })).toBeInTheDocument();
    const bar = within(panel).getByRole('region', { name: 'Current contact' });
    expect(bar).toHaveTextContent('Call from');
    expect(bar).toHaveTextContent('Intent: billing');
    await waitFor(() =>
      expect([...fetched]).toEqual(expect.arrayContaining(['/api/customers/c-cn-0001', '/api/customers/c-cn-0001/accounts', '/api/customers/c-cn-0001/subscriptions', '/api/customers/c-cn-0001/contacts', '/api/customers/c-cn-0001/orders', '/api/customers/c-cn-0001/tickets', '/api/customers/c-cn-0001/evaluations', '/api/customers/c-cn-0001/marketing'])),
    );
    server.events.removeAllListeners();
    // Nothing arriving takes the agent's keyboard.
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the IVR’s verification, or asks once with attempts left; the answer travels to every tab', async () => {
    await readyAgent();
    offer({ channel: 'voice', from: '14799603397', verified: true });
    const panel = await customerPanel();
    expect(await within(panel).findByText('Verified by the IVR')).toBeInTheDocument();

    const contact = offer({ channel: 'chat', from: '14799603397' });
    const form = await screen.findByRole('form', { name: 'Check identity' });
    expect(within(form).getByText('Attempts left: 3')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: "Caller's answer" }), '9999');
    await user.click(within(form).getByRole('button', { name: 'Verify' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('That does not match. Attempts left: 2.');
    await waitFor(() => expect(within(form).getByText('Attempts left: 2')).toBeInTheDocument());

    // Verified in another tab (or by a colleague): this tab follows the event, and stops asking.
    const verified = { ...stubs.contacts.get(contact.contactId)!, verified: true, verification: { method: 'id_last4' as const, at: new Date().toISOString(), by: 'agt-1001' } };
    act(() => publish('agt-1001', { type: 'contact.updated', contact: verified }));
    expect(await within(panel).findByText('Verified: ID digits')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Check identity' })).toBeNull();
  });

  it('locks the check when no attempts are left', async () => {
    await readyAgent();
    const contact = offer({ channel: 'voice', from: '14799603397' });
    await customerPanel();
    const user = userEvent.setup();
    for (let i = 0; i < 3; i += 1) {
      const form = await screen.findByRole('form', { name: 'Check identity' });
      await user.type(within(form).getByRole('textbox', { name: "Caller's answer" }), '0000');
      await user.click(within(form).getByRole('button', { name: 'Verify' }));
      await waitFor(() => expect(stubs.contacts.get(contact.contactId)!.attemptsLeft).toBe(2 - i));
    }
    expect(await screen.findByText('Locked: no attempts left. Do not disclose account details.')).toBeInTheDocument();
  });

  it('offers a picker when several customers use the number, and shows none until the agent picks', async () => {
    await readyAgent();
    const contact = offer({ channel: 'voice', from: '13800000099', customerId: null });
    expect(await screen.findByRole('heading', { name: 'Several customers use 13800000099' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Customer / })).toBeNull();
    expect(window.location.pathname).toBe('/');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^张敏/ }));
    expect(await screen.findByRole('heading', { level: 3, name: '张敏' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/c-cn-0003');
    await waitFor(() => expect(stubs.contacts.get(contact.contactId)!.customerId).toBe('c-cn-0003'));
  });

  it('shows an unknown caller, searches and links; and unlinks', async () => {
    await readyAgent();
    const contact = offer({ channel: 'voice', from: '13000000000', customerId: null });
    expect(await screen.findByRole('heading', { name: 'Unknown caller 13000000000' }, { timeout: 10_000 })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search by number, name, ID or account' }), '刘丽');
    await user.click(await screen.findByRole('button', { name: 'Link 刘丽' }));
    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '刘丽' })).toBeInTheDocument();
    await waitFor(() => expect(stubs.contacts.get(contact.contactId)!.customerId).toBe('c-cn-0002'));

    await user.click(within(panel).getByRole('button', { name: 'Unlink this contact from 刘丽' }));
    expect(await screen.findByRole('heading', { name: 'Unknown caller 13000000000' })).toBeInTheDocument();
    await waitFor(() => expect(stubs.contacts.get(contact.contactId)!.customerId).toBeNull());
  });

  it('pops a call that reached the phone without an offer by its number, and registers it', async () => {
    await readyAgent();
    act(() => void window.__zuoxiPhone!.simulateIncoming({ from: '14799603397' }));
    expect(await screen.findByRole('region', { name: 'Incoming call' })).toBeInTheDocument();
    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    await waitFor(() => expect([...stubs.contacts.values()].some((c) => c.contactId.startsWith('ct-call-') && c.customerId === 'c-cn-0001')).toBe(true));
    expect(await within(panel).findByRole('form', { name: 'Check identity' })).toBeInTheDocument();
  });

  it('does not pop a second time for the ringing call of an offer', async () => {
    await readyAgent();
    offer({ channel: 'voice', from: '14799603397' });
    await customerPanel();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(usePopStore.getState().pops).toHaveLength(1);
    expect(usePopStore.getState().pops[0]!.callId).not.toBeNull();
    expect([...stubs.contacts.keys()].some((id) => id.startsWith('ct-call-'))).toBe(false);
  });
});

describe('customer search', () => {
  it('opens with Ctrl+K from anywhere, finds by name and opens the customer', async () => {
    await readyAgent();
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Find a customer' });
    await user.type(within(dialog).getByRole('combobox', { name: /^Number, name, ID number or account/ }), '王建');
    expect(await within(dialog).findByRole('option', { name: /王建国/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/c-cn-0001');
  });

  it('opens with "/" outside text fields only', async () => {
    await readyAgent();
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Phone number' }));
    await user.keyboard('/');
    expect(screen.queryByRole('dialog', { name: 'Find a customer' })).toBeNull();
    await user.click(document.body);
    await user.keyboard('/');
    expect(await screen.findByRole('dialog', { name: 'Find a customer' })).toBeInTheDocument();
  });
});
