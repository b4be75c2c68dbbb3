import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failEndpoint, setLatency } from '@mocks/core/scenario-state';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { mockElementSizes } from '@/testing/mock-element-sizes';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { App } from '../app';

const server = useMockServer();
let restoreSizes: () => void;

// Seeded customers (mocks/README.md): c-cn-0001 王建国 (diamond), c-cn-0002 刘丽 (open complaint, arrears),
// c-cn-0003 (marketing opt-out), c-cn-0009 (5,000 contacts).
beforeEach(async () => {
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
  usePopStore.getState().reset();
  restoreSizes = mockElementSizes({ viewport: 312 });
});

afterEach(() => restoreSizes());

async function openCustomer(customerId: string, username = 'zhang.wei') {
  await signIn(username);
  window.history.replaceState(null, '', `/customers/${customerId}`);
  render(<App />);
  return screen.findByRole('region', { name: /^Customer / });
}

const sectionNames = ['Accounts', 'Numbers and plans', 'Contact history', 'Tickets', 'Orders', 'Evaluations', 'Marketing'] as const;
const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

describe('the customer view at /customers/:id', () => {
  it('shows who this is at a glance: name, level, flags, balance; and every section', async () => {
    const panel = await openCustomer('c-cn-0001');
    expect(within(panel).getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    expect(within(panel).getByText('Diamond')).toBeInTheDocument();
    expect(within(panel).getByText('VIP')).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Identity and contact details' })).toHaveTextContent('440***********7908');
    await waitFor(() => expect(screen.getByTestId('money-strip')).toHaveTextContent('¥193.41'));

    for (const name of sectionNames) expect(section(name)).toBeInTheDocument();
    await waitFor(() => expect(within(section('Accounts')).getByRole('img', { name: /^Bills of the last 6 months/ })).toBeInTheDocument());
    expect(within(section('Numbers and plans')).getByRole('progressbar', { name: 'Data: 14.3 GB of 60 GB' })).toBeInTheDocument();
    expect(within(section('Numbers and plans')).getByText('5G畅享套餐 198元')).toBeInTheDocument();
    expect(await within(section('Contact history')).findByText('Contacts: 10')).toBeInTheDocument();
    expect(within(section('Contact history')).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(within(section('Tickets')).getByText('Nothing here')).toBeInTheDocument();
    expect(within(section('Orders')).getByText('合约购机')).toBeInTheDocument();
    expect(within(section('Evaluations')).getByText('客服很耐心，问题解决了', { exact: false })).toBeInTheDocument();
    expect(within(section('Marketing')).getByText('视频会员权益包 15元/月')).toBeInTheDocument();
  });

  it('shows the risk flags first for a customer with an open complaint and arrears', async () => {
    const panel = await openCustomer('c-cn-0002');
    const risks = within(panel).getByRole('list', { name: 'Risk flags' });
    expect(within(risks).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Open complaint', 'In arrears']);
    await waitFor(() => expect(screen.getByTestId('money-strip')).toHaveTextContent('¥86.50'));
    expect(await within(section('Evaluations')).findByText('客户投诉不明扣费，要求退费')).toBeInTheDocument();
  });

  it('says plainly that a customer opted out of marketing', async () => {
    await openCustomer('c-cn-0003');
    expect(await within(section('Marketing')).findByText('Opted out of marketing: make no offers')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Risk flags' })).getByText('Do not market')).toBeInTheDocument();
  });

  it('answers an unknown customer with the 404 page', async () => {
    await signIn('zhang.wei');
    window.history.replaceState(null, '', '/customers/c-nobody');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Customer not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no customer c-nobody, or you may not see them.')).toBeInTheDocument();
  });

  it('shows a skeleton of each section while the backend is slow, with no section yet in error', async () => {
    setLatency(400);
    await signIn('zhang.wei');
    window.history.replaceState(null, '', '/customers/c-cn-0001');
    render(<App />);
    expect(await screen.findByRole('progressbar', { name: 'Loading the customer' })).toBeInTheDocument();
    for (const name of ['Accounts', 'Numbers and plans', 'Tickets', 'Orders', 'Evaluations', 'Marketing']) {
      expect(await screen.findByRole('progressbar', { name: `Loading ${name}` })).toBeInTheDocument();
    }
    expect(await screen.findByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Loading Accounts' })).toBeNull());
    expect(screen.queryAllByRole('alert').filter((a) => a.id !== 'live-assertive')).toHaveLength(0);
  });

  const failures = [
    ['customers.accounts', 'Accounts'],
    ['customers.subscriptions', 'Numbers and plans'],
    ['customers.contacts', 'Contact history'],
    ['customers.tickets', 'Tickets'],
    ['customers.orders', 'Orders'],
    ['customers.evaluations', 'Evaluations'],
    ['customers.marketing', 'Marketing'],
  ] as const;

  it.each(failures)('shows %s failing inside its own section with Retry, the others loaded', async (endpointId, name) => {
    // Fails the first try and the query's retries; Retry then succeeds.
    failEndpoint(endpointId, 500, { times: 3 });
    await openCustomer('c-cn-0001');
    const failed = section(name);
    const alert = await within(failed).findByRole('alert', {});
    expect(alert).toHaveTextContent(`${name} could not load.`);
    for (const other of sectionNames.filter((n) => n !== name)) {
      await waitFor(() => expect(within(section(other)).queryByRole('progressbar', { name: `Loading ${other}` })).toBeNull());
      expect(within(section(other)).queryByRole('alert')).toBeNull();
    }
    expect(screen.getByRole('heading', { level: 3, name: '王建国' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(section(name)).queryByRole('alert')).toBeNull());
  });

  it('keeps the header when only the money strip fails, saying the balance is unavailable', async () => {
    failEndpoint('customers.accounts', 500, { times: 3 });
    await openCustomer('c-cn-0001');
    await waitFor(() => expect(screen.getByTestId('money-strip')).toHaveTextContent('Balance unavailable'));
  });
});

describe('sections the agent arranges', () => {
  it('folds and moves sections, and keeps the arrangement per agent in this browser', async () => {
    await openCustomer('c-cn-0001');
    const user = userEvent.setup();
    const order = () => screen.getAllByRole('region').map((r) => r.getAttribute('data-section')).filter(Boolean);
    expect(order().slice(0, 3)).toEqual(['accounts', 'subscriptions', 'timeline']);

    await user.click(screen.getByRole('button', { name: 'Move Numbers and plans up' }));
    expect(order().slice(0, 3)).toEqual(['subscriptions', 'accounts', 'timeline']);
    // Moved to the top, its "up" arrow is disabled: focus went to "down", not to the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Numbers and plans down' })).toHaveFocus());

    const ordersToggle = screen.getByRole('button', { name: /^Orders/ });
    expect(ordersToggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(ordersToggle);
    expect(ordersToggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(section('Orders')).queryByText('套餐变更为 5G 畅享')).toBeNull();

    const stored = JSON.parse(localStorage.getItem('zuoxi.customers.layout') ?? '{}') as { state: { byAgent: Record<string, { order: string[]; collapsed: string[] }> } };
    expect(stored.state.byAgent['agt-1001']).toMatchObject({ order: ['subscriptions', 'accounts', 'timeline', 'tickets', 'orders', 'evaluations', 'marketing'], collapsed: ['orders'] });
    // Another agent on this browser keeps the default.
    expect(stored.state.byAgent['agt-1002']).toBeUndefined();
  });
});

describe('the contact history', () => {
  it('lists thousands of contacts rendering only those in view, loads older pages on demand, filters by channel and words', async () => {
    await openCustomer('c-cn-0009');
    const history = section('Contact history');
    expect(await within(history).findByText('Contacts: 5,000', {})).toBeInTheDocument();
    const list = within(history).getByRole('list', { name: 'Contact history' });
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]).toHaveAttribute('aria-setsize', '5000');

    // Scrolling near the end of the first page fetches the next.
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/contacts')) requests.push(request.url);
    });
    act(() => {
      list.scrollTop = 180 * 48;
      list.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(requests.some((u) => u.includes('cursor='))).toBe(true));
    server.events.removeAllListeners();

    const user = userEvent.setup();
    await user.click(within(history).getByRole('combobox', { name: 'Channel' }));
    await user.click(await screen.findByRole('option', { name: 'Email' }));
    expect(await within(history).findByText('Contacts: 422')).toBeInTheDocument();
    await user.type(within(history).getByRole('searchbox', { name: 'Search words' }), '流量');
    await waitFor(() => expect(within(history).getByText(/^Contacts: \d+$/).textContent).not.toBe('Contacts: 422'));
    for (const item of within(within(history).getByRole('list', { name: 'Contact history' })).getAllByRole('listitem')) {
      expect(item).toHaveTextContent(/Email.*流量/);
    }
  });

  it('jumps from a survey to its contact', async () => {
    await openCustomer('c-cn-0001');
    const user = userEvent.setup();
    await user.click(await within(section('Evaluations')).findByRole('button', { name: /^See the contact of/ }));
    const target = await waitFor(() => {
      const row = section('Contact history').querySelector('[data-contact-id="ct-h000003"]');
      expect(row).not.toBeNull();
      return row as HTMLElement;
    });
    await waitFor(() => expect(target).toHaveAttribute('aria-current', 'true'));
  });
});
