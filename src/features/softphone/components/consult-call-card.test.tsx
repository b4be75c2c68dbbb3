import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

/** A customer call answered, then a consult to `target` typed in the transfer form. */
async function consultTo(target: string) {
  const user = userEvent.setup();
  const r = await renderSoftphone();
  await screen.findByRole('status', { name: 'Phone: registered' });
  let callId = '';
  act(() => {
    callId = r.fake.simulateIncoming({ from: '13800138000' });
  });
  await user.click(within(await screen.findByRole('region', { name: 'Incoming call' })).getByRole('button', { name: 'Answer' }));
  const current = await screen.findByRole('region', { name: 'Current call' });
  await within(current).findByText('Connected');
  await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), target);
  await user.click(within(current).getByRole('button', { name: 'Consult' }));
  const consult = await screen.findByRole('region', { name: 'Consult call' });
  await within(consult).findByText('Connected');
  return { ...r, callId, consult, current };
}

describe('ConsultCallCard', () => {
  it("shows an expert seat's extension as it is", async () => {
    const { consult } = await consultTo('2001');
    expect(consult).toHaveTextContent('2001');
  });

  it('masks a number outside the centre, and dials it whole', async () => {
    const { fake, callId, consult, current } = await consultTo('13900139000');
    expect(consult).toHaveTextContent('139****9000');
    expect(consult).not.toHaveTextContent('13900139000');
    expect(fake.log).toContain(`consult ${callId} 13900139000`);
    // The customer, on hold meanwhile, masked too.
    expect(current).toHaveTextContent('138****8000');
    expect(current).not.toHaveTextContent('13800138000');
  });
});
