import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n, LOCALE_KEY } from '@/lib/i18n';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { App } from '../app';

useMockServer();

beforeEach(async () => {
  localStorage.setItem(LOCALE_KEY, 'en');
  await i18n.changeLanguage('en');
});

describe('the audit view in the supervisor area', () => {
  it('lists who signed in and failed to, newest first, and filters by action; the view is in the URL', async () => {
    await fetch('/api/session/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'zhang.wei', password: 'nope' }) });
    await signIn('li.na');
    await signIn('wang.fang');
    window.history.replaceState(null, '', '/supervisor?view=audit');
    render(<App />);
    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(screen.getByRole('tab', { name: 'Audit log', selected: true })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['Signed in', 'Signed in', 'Failed sign-in']);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('王芳');

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Failed sign-in' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Audit log' })).getAllByRole('row')).toHaveLength(2));
    expect(within(screen.getByRole('table', { name: 'Audit log' })).getAllByRole('row')[1]).toHaveTextContent('张伟');

    await user.click(screen.getByRole('tab', { name: 'Live board' }));
    expect(window.location.search).toBe('');
  });
});
