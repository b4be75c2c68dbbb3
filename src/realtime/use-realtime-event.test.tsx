import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { RealtimeEvent } from '@/contract/events';
import { RealtimeProvider } from './realtime-provider';
import { createFakeRealtimeClient } from './fake-realtime-client';
import { useRealtimeEvent } from './use-realtime-event';
import { useRealtimeResync } from './use-realtime-resync';

function notice(seq: number, text: string): RealtimeEvent {
  return { seq, at: new Date().toISOString(), type: 'notice.broadcast', notice: { id: text, from: 'ops', text, severity: 'info' } };
}

function Notices({ onResync }: { onResync: () => void }) {
  const [texts, setTexts] = useState<string[]>([]);
  useRealtimeEvent('notice.broadcast', (event) => setTexts((list) => [...list, event.notice.text]));
  useRealtimeResync(onResync);
  return <output aria-label="notices">{texts.join(',')}</output>;
}

describe('useRealtimeEvent and useRealtimeResync', () => {
  it('deliver events of the registered type while mounted, and stop after unmount', () => {
    const client = createFakeRealtimeClient();
    const onResync = vi.fn();
    const view = render(
      <RealtimeProvider client={client}>
        <Notices onResync={onResync} />
      </RealtimeProvider>,
    );
    act(() => {
      client.emit(notice(1, 'a'));
      client.emit({ seq: 2, at: '', type: 'queue.stats_updated' } as unknown as RealtimeEvent);
      client.emit(notice(3, 'b'));
    });
    expect(screen.getByRole('status', { name: 'notices' })).toHaveTextContent('a,b');

    act(() => client.resync(40));
    expect(onResync).toHaveBeenCalledWith({ lastSeq: 40 });

    view.unmount();
    expect(() => client.emit(notice(41, 'c'))).not.toThrow();
    act(() => client.resync(41));
    expect(onResync).toHaveBeenCalledTimes(1);
  });

  it('needs a provider', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Notices onResync={() => {}} />)).toThrow(/RealtimeProvider/);
    quiet.mockRestore();
  });
});
