import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

async function afterRejected(calls: { from: string; displayName?: string | null }[]) {
  const user = userEvent.setup();
  const r = await renderSoftphone();
  await screen.findByRole('status', { name: 'Phone: registered' });
  for (const call of calls) {
    let id = '';
    act(() => {
      id = r.fake.simulateIncoming(call);
    });
    await user.click(within(await screen.findByRole('region', { name: 'Incoming call' })).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(r.fake.call(id)?.state).toBe('ended'));
  }
  const list = screen.getByRole('list', { name: 'Recent calls' });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(calls.length));
  return { ...r, user, list };
}

describe('RecentCallsList', () => {
  it('lists numbers masked, a name kept, and names Redial with the masked number', async () => {
    const { list } = await afterRejected([{ from: '13800138000', displayName: '王建国' }, { from: '13900139000', displayName: 'Phone 13900139000' }, { from: '95555' }]);
    const [service, repeated, named] = within(list).getAllByRole('listitem');
    expect(named).toHaveTextContent('王建国 · 138****8000');
    // "Phone 13900139000" says nothing the number does not: the number, once.
    expect(within(repeated!).getByText('139****9000')).toBeInTheDocument();
    expect(repeated).not.toHaveTextContent('Phone');
    expect(service).toHaveTextContent('95555');
    expect(list).not.toHaveTextContent(/13800138000|13900139000/);
    expect(within(named!).getByRole('button', { name: 'Redial 138****8000' })).toBeInTheDocument();
    expect(within(service!).getByRole('button', { name: 'Redial 95555' })).toBeInTheDocument();
  });

  it('redials the whole number, and keeps it whole in storage for the next redial', async () => {
    const { fake, user, list } = await afterRejected([{ from: '+447700900123' }]);
    expect(list).toHaveTextContent('+44******0123');
    await user.click(within(list).getByRole('button', { name: 'Redial +44******0123' }));
    await screen.findByRole('region', { name: 'Current call' });
    expect(fake.log).toContain('dial +447700900123');
    expect(JSON.parse(localStorage.getItem('zuoxi.softphone.recent') ?? '[]')[0]).toMatchObject({ number: '+447700900123' });
  });
});
