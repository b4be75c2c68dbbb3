import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '@/lib/i18n';
import { FakeSoftphone } from '../port/fake-softphone';
import { FakeChannelHub, FakeLocks } from '../multi-tab/fake-tab-environment';
import { SoftphoneProvider } from '../softphone-provider';
import { SoftphoneStatus } from '../components/softphone-status';
import { SoftphonePanel } from '../components/softphone-panel';
import { testSettings } from '@/testing/render-softphone';

function tab(hub: FakeChannelHub, locks: FakeLocks, fake: FakeSoftphone, onRegistrationChange = vi.fn()) {
  const createPort = vi.fn(async () => fake);
  const ui = render(
    <SoftphoneProvider
      createPort={createPort}
      fetchSettings={async () => testSettings}
      probeMicrophone={async () => 'ok'}
      multiTab={{ locks, channel: () => hub.channel() }}
      onRegistrationChange={onRegistrationChange}
    >
      <SoftphoneStatus />
      <SoftphonePanel />
    </SoftphoneProvider>,
  );
  return { ui, createPort, onRegistrationChange, q: within(ui.container) };
}

describe('one phone per agent across tabs', () => {
  it('the second tab mirrors the first, controls its calls, and takes over when it closes', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const hub = new FakeChannelHub();
    const locks = new FakeLocks();
    const fakeA = new FakeSoftphone();
    const fakeB = new FakeSoftphone();
    const a = tab(hub, locks, fakeA);
    await a.q.findByRole('status', { name: 'Phone: registered' });
    const b = tab(hub, locks, fakeB);
    await b.q.findByRole('status', { name: 'Phone: registered (another tab)' });
    expect(b.createPort).not.toHaveBeenCalled();
    expect(b.onRegistrationChange).not.toHaveBeenCalled();

    let callId = '';
    act(() => {
      callId = fakeA.simulateIncoming({ from: '13800138000' });
    });
    const incomingB = await b.q.findByRole('region', { name: 'Incoming call' });
    await user.click(within(incomingB).getByRole('button', { name: 'Answer' }));
    await waitFor(() => expect(fakeA.call(callId)?.state).toBe('active'));
    await a.q.findByText('Connected');
    await b.q.findByText('Connected');

    // A live call in the owner tab warns before unload; the mirror tab does not.
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);

    await user.click(b.q.getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(fakeA.call(callId)?.state).toBe('ended'));
    await waitFor(() => expect(b.q.queryByRole('region', { name: 'Current call' })).not.toBeInTheDocument());

    const t0 = Date.now();
    a.ui.unmount();
    await b.q.findByRole('status', { name: 'Phone: registered' });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(b.createPort).toHaveBeenCalledTimes(1);
    expect(fakeB.registrationState).toBe('registered');
    expect(b.onRegistrationChange).toHaveBeenLastCalledWith('registered', null);
    expect(screen.getAllByRole('status', { name: /^Phone:/ })).toHaveLength(1);
  });
});
