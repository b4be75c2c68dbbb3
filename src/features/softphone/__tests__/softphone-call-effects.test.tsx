import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

const tone = vi.hoisted(() => ({ play: vi.fn(), stop: vi.fn() }));
vi.mock('../lib/tone-player', async (original) => ({
  ...(await original<typeof import('../lib/tone-player')>()),
  playTone: (...args: unknown[]) => {
    tone.play(...args);
    return tone.stop;
  },
}));

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  static created: FakeNotification[] = [];
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.created.push(this);
  }
  close() {
    this.closed = true;
  }
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
}

let focused = true;
beforeEach(() => {
  focused = true;
  vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  setHidden(false);
  tone.play.mockReset();
  tone.stop.mockReset();
  FakeNotification.created = [];
});

describe('ringing effects', () => {
  it('plays the ringtone on the chosen ringer until answered', async () => {
    localStorage.setItem('zuoxi.softphone.devices', JSON.stringify({ inputId: null, outputId: null, ringerId: 'usb-speaker' }));
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    let id = '';
    act(() => {
      id = fake.simulateIncoming({ from: '13800138000' });
    });
    await waitFor(() => expect(tone.play).toHaveBeenCalledTimes(1));
    expect(tone.play.mock.calls[0]?.[1]).toBe('usb-speaker');
    await act(() => fake.answer(id));
    await waitFor(() => expect(tone.stop).toHaveBeenCalled());
  });

  it('shows a desktop notification only while the tab is hidden, and closes it when the ringing stops', async () => {
    vi.stubGlobal('Notification', FakeNotification);
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => {
      fake.simulateIncoming({ from: '10086' });
    });
    await screen.findByRole('region', { name: 'Incoming call' });
    expect(FakeNotification.created).toHaveLength(0);
    setHidden(true);
    let id = '';
    act(() => {
      id = fake.simulateIncoming({ from: '95555', displayName: 'Li Lei' });
    });
    await waitFor(() => expect(FakeNotification.created).toHaveLength(1));
    expect(FakeNotification.created[0]?.options.body).toBe('Li Lei 95555 is calling');
    act(() => fake.simulateRemoteHangup(id));
    await waitFor(() => expect(FakeNotification.created[0]?.closed).toBe(true));
  });

  it("announces and notifies a customer's number masked, and says a name once", async () => {
    vi.stubGlobal('Notification', FakeNotification);
    setHidden(true);
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => {
      fake.simulateIncoming({ from: '13800138000', displayName: '王建国' });
    });
    await waitFor(() => expect(FakeNotification.created).toHaveLength(1));
    expect(FakeNotification.created[0]?.options.body).toBe('王建国 138****8000 is calling');
    const live = document.getElementById('live-assertive')!;
    await waitFor(() => expect(live).toHaveTextContent('Incoming call from 王建国 138****8000'));
    // A display name that is only the number (as phones often send) is not said twice, nor whole.
    act(() => {
      fake.simulateIncoming({ from: '13900139000', displayName: '13900139000' });
    });
    await waitFor(() => expect(FakeNotification.created).toHaveLength(2));
    expect(FakeNotification.created[1]?.options.body).toBe('139****9000 is calling');
    await waitFor(() => expect(live).toHaveTextContent('Incoming call from 139****9000'));
    expect(live).not.toHaveTextContent('13800138000');
    expect(live).not.toHaveTextContent('13900139000');
  });

  it('notifies when the window is visible but behind another app, and always when the agent asked for it', async () => {
    vi.stubGlobal('Notification', FakeNotification);
    const user = userEvent.setup();
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    focused = false;
    let first = '';
    act(() => {
      first = fake.simulateIncoming({ from: '10086' });
    });
    await waitFor(() => expect(FakeNotification.created).toHaveLength(1));
    act(() => fake.simulateRemoteHangup(first));
    await screen.findByRole('status', { name: 'Phone: registered' });

    focused = true;
    await user.click(screen.getByRole('button', { name: 'Phone settings' }));
    const always = await screen.findByRole('switch', { name: 'Always show desktop notifications' });
    expect(always).not.toBeChecked();
    await user.click(always);
    expect(localStorage.getItem('zuoxi.softphone.notifyAlways')).toBe('true');
    act(() => {
      fake.simulateIncoming({ from: '95555' });
    });
    await waitFor(() => expect(FakeNotification.created).toHaveLength(2));
  });

  it('asks for notification permission on the first interaction, and explains a denial', async () => {
    FakeNotification.permission = 'default';
    vi.stubGlobal('Notification', FakeNotification);
    const user = userEvent.setup();
    await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    FakeNotification.permission = 'denied';
    await user.click(screen.getByRole('button', { name: 'Phone settings' }));
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('note')).toHaveTextContent('Desktop notifications are blocked');
    FakeNotification.permission = 'granted';
  });
});
