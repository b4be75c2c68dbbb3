import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

/** A connected call from `from`, answered from the incoming card. */
async function inCall(from: string) {
  const user = userEvent.setup();
  const r = await renderSoftphone();
  await screen.findByRole('status', { name: 'Phone: registered' });
  let callId = '';
  act(() => {
    callId = r.fake.simulateIncoming({ from });
  });
  await user.click(within(await screen.findByRole('region', { name: 'Incoming call' })).getByRole('button', { name: 'Answer' }));
  const current = await screen.findByRole('region', { name: 'Current call' });
  await within(current).findByText('Connected');
  return { ...r, user, callId, current };
}

describe('CurrentCallCard', () => {
  it("shows the customer's number masked while the call keeps it whole", async () => {
    const { fake, callId, current } = await inCall('13800138000');
    expect(current).toHaveTextContent('138****8000');
    expect(current).not.toHaveTextContent('13800138000');
    expect(fake.call(callId)?.remoteNumber).toBe('13800138000');
  });

  it('masks an international number to its country code and last four', async () => {
    const { current } = await inCall('+447700900123');
    expect(current).toHaveTextContent('+44******0123');
    expect(current).not.toHaveTextContent('447700900123');
  });

  it('masks the numbers of a conference', async () => {
    const { fake, user, current, callId } = await inCall('13800138000');
    // The agent brings in a number outside the centre (a relative, say), and joins the three.
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '13900139000');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    const consult = await screen.findByRole('region', { name: 'Consult call' });
    await within(consult).findByText('Connected');
    await user.click(within(consult).getByRole('button', { name: 'Conference' }));
    await waitFor(() => expect(fake.call(callId)?.conferenceWith).toHaveLength(1));
    expect(await within(current).findByText('Conference with 139****9000')).toBeInTheDocument();
    expect(current).toHaveTextContent('138****8000');
    expect(current).not.toHaveTextContent('13900139000');
    expect(current).not.toHaveTextContent('13800138000');
    expect(fake.log).toContain(`consult ${callId} 13900139000`);
  });
});
