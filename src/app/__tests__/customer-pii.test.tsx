import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPiiPolicy, revealPii } from '@/contract/endpoints/customers';
import { handle } from '@mocks/core/handle';
import { getMockDb } from '@mocks/core/mock-db';
import { HttpError } from '@/contract/core/http-error';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { App } from '../app';

const server = useMockServer();

beforeEach(async () => {
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
});

/** c-cn-0001 王建国: main number 147****3397, ID 440***********7908. */
async function openCustomer(username: string) {
  await signIn(username);
  window.history.replaceState(null, '', '/customers/c-cn-0001');
  render(<App />);
  return screen.findByRole('group', { name: 'Identity and contact details' });
}

describe('masked personal data', () => {
  it('reveals a value only with a reason, audited, shows it with a countdown, and masks it again', async () => {
    // A short policy keeps the test quick; the countdown is the same code at any length.
    server.use(handle(getPiiPolicy, () => ({ revealable: ['msisdn' as const, 'email' as const], revealSeconds: 2 })));
    const details = await openCustomer('zhang.wei');
    const user = userEvent.setup();
    expect(within(details).getByText('147****3397')).toBeInTheDocument();
    await user.click(await within(details).findByRole('button', { name: 'Reveal number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal number' });
    const reveal = within(dialog).getByRole('button', { name: 'Reveal' });
    expect(reveal).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'abc');
    expect(reveal).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Verifying the caller' }));
    expect(reveal).toBeEnabled();
    await user.click(reveal);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(details).getByText('14799603397')).toBeInTheDocument();
    expect(within(details).getByRole('timer', { name: /^number masks again in [12] seconds$/ })).toBeInTheDocument();
    expect(getMockDb().audit.filter((e) => e.action === 'pii_revealed').map((e) => e.details)).toEqual([
      { customerId: 'c-cn-0001', field: 'msisdn', subjectId: null, reason: 'Verifying the caller' },
    ]);
    await waitFor(() => expect(within(details).getByText('147****3397')).toBeInTheDocument());
    expect(within(details).queryByText('14799603397')).toBeNull();
  });

  it('offers no reveal for a field the role may not reveal, and says so clearly if the server refuses anyway', async () => {
    const details = await openCustomer('zhang.wei');
    expect(await within(details).findByRole('button', { name: 'Reveal email' })).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Reveal ID number' })).toBeNull();
    expect(within(details).queryByRole('button', { name: 'Reveal address' })).toBeNull();

    // The policy said yes, the server says no (the policy changed mid-session): a clear 403 in the dialog.
    server.use(
      handle(revealPii, () => {
        throw new HttpError(403, 'pii_forbidden', 'An agent may not reveal email');
      }),
    );
    const user = userEvent.setup();
    await user.click(within(details).getByRole('button', { name: 'Reveal email' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal email' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'confirm the address');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Your role may not reveal this field.');
  });

  it('lets a team lead reveal what an agent cannot', async () => {
    const details = await openCustomer('wang.fang');
    const user = userEvent.setup();
    await user.click(await within(details).findByRole('button', { name: 'Reveal ID number' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal ID number' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'complaint review');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(details).getByText(/^440\d{11}7908$/)).toBeInTheDocument();
    expect(within(details).getByRole('timer', { name: /^ID number masks again in \d+ seconds$/ })).toBeInTheDocument();
  });
});
