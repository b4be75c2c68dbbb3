import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { RealtimeProvider } from '../realtime-provider';
import { createFakeRealtimeClient, type FakeRealtimeClient } from '../fake-realtime-client';
import { ConnectionStatus } from './connection-status';
import { ReconnectingBanner } from './reconnecting-banner';

function renderBar(client: FakeRealtimeClient) {
  render(
    <RealtimeProvider client={client}>
      <ConnectionStatus />
      <ReconnectingBanner />
    </RealtimeProvider>,
  );
}

beforeAll(() => i18n.changeLanguage('en'));
afterAll(() => i18n.changeLanguage('zh-CN'));

describe('ConnectionStatus and ReconnectingBanner', () => {
  it('show Live and no banner while the stream is open', () => {
    renderBar(createFakeRealtimeClient({ state: 'open', attempt: 0, closedReason: null }));
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announce reconnecting with the attempt, and reconnect on demand', () => {
    const client = createFakeRealtimeClient({ state: 'open', closedReason: null });
    renderBar(client);
    act(() => client.setStatus({ state: 'reconnecting', attempt: 2, nextRetryAt: Date.now() + 1500 }));

    expect(screen.getByText('Reconnecting… (attempt 2)')).toBeInTheDocument();
    const banner = screen.getByRole('status');
    expect(banner).toHaveAttribute('aria-live', 'polite');
    expect(banner).toHaveTextContent('Connection lost. Reconnecting… (attempt 2)');
    fireEvent.click(within(banner).getByRole('button', { name: 'Reconnect now' }));
    expect(client.calls.reconnectNow).toBe(1);

    act(() => client.setStatus({ state: 'open', attempt: 0, nextRetryAt: null }));
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('do not flash the banner for a sub-second resume (attempt 0)', () => {
    renderBar(createFakeRealtimeClient({ state: 'reconnecting', attempt: 0, closedReason: null }));
    expect(screen.getByText('Reconnecting…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('say Offline while the browser has no network', () => {
    renderBar(createFakeRealtimeClient({ state: 'offline', attempt: 3, closedReason: null }));
    expect(screen.getByText('Offline')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You are offline');
    expect(screen.getByRole('button', { name: 'Reconnect now' })).toBeInTheDocument();
  });

  it('speak Chinese by default', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    try {
      renderBar(createFakeRealtimeClient({ state: 'reconnecting', attempt: 1, closedReason: null }));
      expect(screen.getByText('正在重连…（第 1 次）')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '立即重连' })).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});
