import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '@/lib/i18n';
import { renderSoftphone } from '@/testing/render-softphone';
import type { CallInfo } from '../port/softphone-port';

async function ring(from: string, ivr: CallInfo['ivr'], options: Parameters<typeof renderSoftphone>[0] = {}) {
  const r = await renderSoftphone(options);
  await screen.findByRole('status', { name: 'Phone: registered' });
  act(() => {
    r.fake.simulateIncoming({ from, ivr });
  });
  return { ...r, card: await screen.findByRole('region', { name: 'Incoming call' }) };
}

describe('IncomingCallCard', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the caller masked, the intent and the queue by name', async () => {
    const { card } = await ring('13800138000', { intent: 'bill_query', queueId: 'q-cn-general', verified: true });
    expect(card).toHaveTextContent('138****8000');
    expect(card).not.toHaveTextContent('13800138000');
    expect(within(card).getByText('Intent: Bill query')).toBeInTheDocument();
    expect(within(card).getByText('Queue: Hotline (general)')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('q-cn-general');
    expect(card).not.toHaveTextContent('bill_query');
    expect(within(card).getByText('Verified')).toBeInTheDocument();
  });

  it('reads in Chinese too', async () => {
    const r = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    await act(() => i18n.changeLanguage('zh-CN'));
    act(() => {
      r.fake.simulateIncoming({ from: '13800138000', ivr: { intent: 'complaint_billing', queueId: 'q-cn-complaints', verified: false } });
    });
    const card = await screen.findByRole('region', { name: '来电' });
    expect(card).toHaveTextContent('138****8000');
    expect(within(card).getByText('来电意图：扣费投诉')).toBeInTheDocument();
    expect(within(card).getByText('队列：投诉专席')).toBeInTheDocument();
    expect(within(card).getByText('未验证')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '接听' })).toBeInTheDocument();
  });

  it('falls back to the code for an intent or queue it has no name for', async () => {
    const { card } = await ring('13800138000', { intent: 'lost_phone', queueId: 'q-night.shift', verified: false });
    expect(within(card).getByText('Intent: lost_phone')).toBeInTheDocument();
    expect(within(card).getByText('Queue: q-night.shift')).toBeInTheDocument();
  });

  it('masks an international number to its country code and last four, and leaves a service number as it is', async () => {
    const { card, fake } = await ring('+447700900123', null);
    expect(card).toHaveTextContent('+44******0123');
    expect(card).not.toHaveTextContent('+447700900123');
    act(() => {
      fake.simulateIncoming({ from: '95555' });
    });
    await waitFor(() => expect(screen.getAllByRole('region', { name: 'Incoming call' })).toHaveLength(2));
    expect(screen.getAllByRole('region', { name: 'Incoming call' })[1]).toHaveTextContent('95555');
  });

  it('says the number once when the display name repeats it, and keeps a name as it is', async () => {
    const { card, fake } = await ring('13800138000', null);
    act(() => {
      fake.simulateIncoming({ from: '13900139000', displayName: 'Phone 139-0013-9000' });
      fake.simulateIncoming({ from: '13700137000', displayName: '13700137000' });
      fake.simulateIncoming({ from: '13600136000', displayName: '王建国' });
    });
    await waitFor(() => expect(screen.getAllByRole('region', { name: 'Incoming call' })).toHaveLength(4));
    const [, repeated, same, named] = screen.getAllByRole('region', { name: 'Incoming call' });
    expect(card).toHaveTextContent(/^Incoming call138\*{4}8000Answer/);
    // "Phone 139-0013-9000" says nothing the number does not: the number, once.
    expect(within(repeated!).getAllByText('139****9000')).toHaveLength(1);
    expect(repeated).not.toHaveTextContent('Phone');
    expect(repeated).not.toHaveTextContent('0013');
    // The name that is only the number is not said twice.
    expect(within(same!).getAllByText('137****7000')).toHaveLength(1);
    expect(named).toHaveTextContent('王建国');
  });

  it('keeps the whole number for the screen pop and for calling back', async () => {
    const onCallOffered = vi.fn();
    const user = userEvent.setup();
    const { card, fake } = await ring('13800138000', null, { onCallOffered });
    expect(onCallOffered.mock.calls[0]?.[0]).toMatchObject({ remoteNumber: '13800138000' });
    await user.click(within(card).getByRole('button', { name: 'Reject' }));
    await user.click(await screen.findByRole('button', { name: 'Redial 138****8000' }));
    await waitFor(() => expect(fake.log).toContain('dial 13800138000'));
  });
});
