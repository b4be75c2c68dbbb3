import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { createElement } from 'react';
import { i18n } from '@/lib/i18n';
import { ConnectionStatus } from '@/realtime/components/connection-status';
import { ReconnectingBanner } from '@/realtime/components/reconnecting-banner';
import { createRealtimeClient, type RealtimeClient } from '@/realtime/realtime-client';
import { RealtimeProvider } from '@/realtime/realtime-provider';
import { realtimeUrl } from '@/realtime/realtime-url';
import { dropAllSockets, publish, realtimeHandlers, resetRealtime } from '@mocks/core/realtime-server';

// The "dropped socket" story end to end in jsdom: banner while down, then resume with nothing
// lost or repeated. (A .ts file: vitest picks up only *.test.ts under mocks/.)
vi.mock('@mocks/core/sessions', () => ({
  findSessionByCsrf: (token: string) => (token === 'tok-agent' ? { userId: 'u-agent', role: 'agent' } : null),
}));

const server = setupServer(...realtimeHandlers);
let client: RealtimeClient;

function notice(n: number) {
  return { type: 'notice.broadcast', notice: { id: `n${n}`, from: 'ops', text: `${n}`, severity: 'info' } } as const;
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18n.changeLanguage('en');
});
afterEach(() => {
  client.disconnect();
  resetRealtime();
});
afterAll(async () => {
  server.close();
  await i18n.changeLanguage('zh-CN');
});

describe('dropped socket', () => {
  it('shows the reconnecting banner, then resumes without gaps or duplicates', async () => {
    // A long back-off, so the banner stays up until "Reconnect now".
    client = createRealtimeClient({ url: realtimeUrl(), getCsrfToken: () => 'tok-agent', random: () => 0.5, backoff: { baseMs: 60_000, capMs: 60_000 } });
    const seqs: number[] = [];
    client.on('notice.broadcast', (event) => seqs.push(event.seq));
    render(createElement(RealtimeProvider, { client }, createElement(ConnectionStatus), createElement(ReconnectingBanner)));

    act(() => client.connect());
    expect(await screen.findByText('Live')).toBeInTheDocument();
    act(() => [1, 2].forEach((n) => publish('u-agent', notice(n))));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2]));

    act(() => {
      dropAllSockets();
      [3, 4].forEach((n) => publish('u-agent', notice(n)));
    });
    const banner = screen.getByRole('status');
    await vi.waitFor(() => expect(banner).toHaveTextContent('Connection lost. Reconnecting… (attempt 1)'));
    expect(screen.getByText('Reconnecting… (attempt 1)')).toBeInTheDocument();

    fireEvent.click(within(banner).getByRole('button', { name: 'Reconnect now' }));
    expect(await screen.findByText('Live')).toBeInTheDocument();
    expect(banner).toBeEmptyDOMElement();
    act(() => void publish('u-agent', notice(5)));
    await vi.waitFor(() => expect(seqs).toEqual([1, 2, 3, 4, 5]));
  });
});
