import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

describe('OtherCallCard', () => {
  it('shows the parked call masked, and resumes the right call', async () => {
    const user = userEvent.setup();
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    const answer = async () => user.click(within(await screen.findByRole('region', { name: 'Incoming call' })).getByRole('button', { name: 'Answer' }));
    let first = '';
    act(() => {
      first = fake.simulateIncoming({ from: '13800138000' });
    });
    await answer();
    await waitFor(() => expect(fake.call(first)?.state).toBe('active'));
    let second = '';
    act(() => {
      second = fake.simulateIncoming({ from: '13900139000' });
    });
    await answer();
    await waitFor(() => expect(fake.call(second)?.state).toBe('active'));

    const parked = await screen.findByRole('region', { name: 'Call on hold' });
    expect(parked).toHaveTextContent('138****8000');
    expect(parked).not.toHaveTextContent('13800138000');
    expect(screen.getByRole('region', { name: 'Current call' })).toHaveTextContent('139****9000');
    await user.click(within(parked).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(fake.call(first)?.state).toBe('active'));
    expect(await screen.findByRole('region', { name: 'Call on hold' })).toHaveTextContent('139****9000');
    expect(screen.getByRole('region', { name: 'Softphone' })).not.toHaveTextContent(/13800138000|13900139000/);
  });
});
