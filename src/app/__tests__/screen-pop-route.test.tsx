import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockControls } from '@mocks/mock-controls';
import { getMockDb } from '@mocks/core/mock-db';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { mockViewportWidth } from '@/testing/mock-viewport-width';
import { asSession, signIn, useMockServer, type TestSession } from '@/testing/use-mock-server';
import { App } from '../app';

const server = useMockServer();
let restoreSizes: () => void;
let restoreWidth: () => void;

// Seeded (mocks/README.md): 14799603397 is 王建国's (c-cn-0001, ID ending 7908); 18774068323 is a family line
// three customers registered; 13000000000 is nobody's.
beforeEach(async () => {
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
  usePopStore.getState().reset();
  restoreSizes = mockElementSizes({ viewport: 312 });
  // 1440 px: the context panel is a column beside the conversation.
  restoreWidth = mockViewportWidth(1440);
});

afterEach(() => {
  restoreSizes();
  restoreWidth();
});

/** zhang.wei signed in, Ready (offers go to Ready seats only), the workspace open with its phone registered. */
async function readyAgent(): Promise<TestSession> {
  const session = await signIn('zhang.wei');
  await fetch('/api/agent/state', { method: 'PUT', headers: asSession(session, { 'Content-Type': 'application/json' }), body: JSON.stringify({ status: 'ready' }) });
  window.history.replaceState(null, '', '/');
  render(<App />);
  await screen.findByRole('status', { name: 'Phone: registered' });
  await screen.findByRole('region', { name: 'Conversations' });
  return session;
}

/** Offers a contact the way the ACD would. */
function offer(input: Parameters<typeof mockControls.injectContact>[0]) {
  return mockControls.injectContact(input).contact;
}

const stored = (contactId: string) => getMockDb().contacts.get(contactId);

const customerPanel = () => screen.findByRole('region', { name: /^Customer / });

describe('screen pop', () => {
  it('pops the caller’s customer while the phone still rings, with every section already fetched', async () => {
    await readyAgent();
    const fetched = new Set<string>();
    server.events.on('request:start', ({ request }) => fetched.add(new URL(request.url).pathname));
    act(() => void offer({ channel: 'voice', from: '14799603397', intent: 'bill_query' }));

    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/c-cn-0001');
    expect(screen.getByRole('region', { name: 'Incoming call' })).toBeInTheDocument();
    const bar = within(panel).getByRole('region', { name: 'Current contact' });
    expect(bar).toHaveTextContent('Call from 147****3397');
    expect(bar).toHaveTextContent('Intent: Bill query');
    expect(bar).not.toHaveTextContent(/14799603397|bill_query/);
    await waitFor(() =>
      expect([...fetched]).toEqual(expect.arrayContaining(['/api/customers/c-cn-0001', '/api/customers/c-cn-0001/accounts', '/api/customers/c-cn-0001/subscriptions', '/api/customers/c-cn-0001/contacts', '/api/customers/c-cn-0001/orders', '/api/customers/c-cn-0001/tickets', '/api/customers/c-cn-0001/evaluations', '/api/customers/c-cn-0001/marketing'])),
    );
    server.events.removeAllListeners();
    // Nothing arriving takes the agent's keyboard.
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the IVR’s verification, or asks once with attempts left; the answer travels to every tab', async () => {
    const session = await readyAgent();
    offer({ channel: 'voice', from: '14799603397', verified: true });
    const panel = await customerPanel();
    expect(await within(panel).findByText('Verified by the IVR')).toBeInTheDocument();

    const contact = offer({ channel: 'chat', from: '14799603397' });
    const form = await screen.findByRole('form', { name: 'Check identity' });
    expect(within(form).getByText('Attempts left: 3')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(within(form).getByRole('textbox', { name: 'Answer' }), '9999');
    await user.click(within(form).getByRole('button', { name: 'Verify' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('That does not match. Attempts left: 2.');
    await waitFor(() => expect(within(form).getByText('Attempts left: 2')).toBeInTheDocument());

    // Verified in another tab of the agent: the server's contact.updated reaches this one, which stops asking.
    await fetch(`/api/contacts/${contact.contactId}/verification`, {
      method: 'POST',
      headers: asSession(session, { 'Content-Type': 'application/json' }),
      body: JSON.stringify({ method: 'id_last4', answer: '7908' }),
    });
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
      await user.type(within(form).getByRole('textbox', { name: 'Answer' }), '0000');
      await user.click(within(form).getByRole('button', { name: 'Verify' }));
      await waitFor(() => expect(stored(contact.contactId)!.attemptsLeft).toBe(2 - i));
    }
    expect(await screen.findByText('Locked: no attempts left. Do not disclose account details.')).toBeInTheDocument();
  });

  it('offers a picker when several customers use the number, and shows none until the agent picks', async () => {
    await readyAgent();
    const contact = offer({ channel: 'voice', from: '18774068323' });
    expect(await screen.findByRole('heading', { name: 'Several customers use 187****8323' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Several customers use 187****8323' })).not.toHaveTextContent('18774068323');
    expect(screen.queryByRole('region', { name: /^Customer / })).toBeNull();
    expect(window.location.pathname).toBe('/');
    const user = userEvent.setup();
    expect(screen.getAllByRole('button', { name: /^(王雪|杨艳|陈强)/ })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: /^杨艳/ }));
    expect(await screen.findByRole('heading', { level: 3, name: '杨艳' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/customers/c-cn-0006');
    await waitFor(() => expect(stored(contact.contactId)!.customerId).toBe('c-cn-0006'));
  });

  it('shows an unknown caller, searches and links; and unlinks', async () => {
    await readyAgent();
    const contact = offer({ channel: 'voice', from: '13000000000', customerId: null });
    expect(await screen.findByRole('heading', { name: 'Unknown caller 130****0000' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Unknown caller 130****0000' })).not.toHaveTextContent('13000000000');
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search by number, name, ID or account' }), '刘丽');
    await user.click(await screen.findByRole('button', { name: 'Link 刘丽' }));
    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '刘丽' })).toBeInTheDocument();
    await waitFor(() => expect(stored(contact.contactId)!.customerId).toBe('c-cn-0002'));

    await user.click(within(panel).getByRole('button', { name: 'Unlink this contact from 刘丽' }));
    expect(await screen.findByRole('heading', { name: 'Unknown caller 130****0000' })).toBeInTheDocument();
    await waitFor(() => expect(stored(contact.contactId)!.customerId).toBeNull());
  });

  it('pops a call that reached the phone without an offer by its number, and registers it', async () => {
    await readyAgent();
    act(() => void window.__zuoxiPhone!.simulateIncoming({ from: '14799603397' }));
    expect(await screen.findByRole('region', { name: 'Incoming call' })).toBeInTheDocument();
    const panel = await customerPanel();
    expect(within(panel).getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    await waitFor(() => expect([...getMockDb().contacts.values()].some((c) => c.channel === 'voice' && c.customerId === 'c-cn-0001' && c.queueId === null)).toBe(true));
    expect(await within(panel).findByRole('form', { name: 'Check identity' })).toBeInTheDocument();
  });

  it('does not pop a second time for the ringing call of an offer', async () => {
    await readyAgent();
    offer({ channel: 'voice', from: '14799603397' });
    await customerPanel();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(usePopStore.getState().pops).toHaveLength(1);
    expect(usePopStore.getState().pops[0]!.callId).not.toBeNull();
    // No contact registered besides the offer's.
    expect(getMockDb().contacts.size).toBe(1);
  });
});

describe('screen pop on a narrow screen (1366×768 at 125 %)', () => {
  it('brings the Customer tab forward without covering the conversation: a dot on the context button', async () => {
    restoreWidth();
    restoreWidth = mockViewportWidth(1093);
    await readyAgent();
    offer({ channel: 'voice', from: '14799603397' });
    await waitFor(() => expect(window.location.pathname).toBe('/customers/c-cn-0001'));
    const toggle = await screen.findByRole('button', { name: 'Customer · Knowledge · Offers' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(toggle.querySelector('[data-unseen-pop]')).not.toBeNull());
    await userEvent.click(toggle);
    expect(await screen.findByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Customer', selected: true })).toBeInTheDocument();
    expect(toggle.querySelector('[data-unseen-pop]')).toBeNull();
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
