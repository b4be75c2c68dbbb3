import { act, renderHook } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { FakeSoftphone } from '@/features/softphone/port/fake-softphone';
import { SoftphoneProvider } from '@/features/softphone/softphone-provider';
import { createQueryClient } from '@/lib/query-client';
import { testSettings } from '@/testing/render-softphone';
import { useUnofferedCallPop } from './use-unoffered-call-pop';

const popCall = vi.fn(async () => undefined);
vi.mock('./screen-pop', async (original) => ({ ...(await original<typeof import('./screen-pop')>()), popCall: (...args: unknown[]) => popCall(...(args as [])) }));

async function renderFlow(fake: FakeSoftphone) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <SoftphoneProvider createPort={async () => fake} fetchSettings={async () => testSettings} probeMicrophone={async () => 'ok'} multiTab={false}>
        {children}
      </SoftphoneProvider>
    </QueryClientProvider>
  );
  renderHook(() => useUnofferedCallPop(50), { wrapper });
  // Let the provider create the port and subscribe.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

beforeEach(() => {
  usePopStore.getState().reset();
  popCall.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('flow: a call nobody offered pops all the same', () => {
  it('pops an inbound ringing call once its offer had time to arrive and did not', async () => {
    const fake = new FakeSoftphone();
    await renderFlow(fake);
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: '14799603397' });
    });
    expect(popCall).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(popCall).toHaveBeenCalledTimes(1));
    expect(popCall).toHaveBeenCalledWith(expect.anything(), { callId, from: '14799603397' });
  });

  it('leaves a call alone whose offer arrived (it popped already)', async () => {
    const fake = new FakeSoftphone();
    await renderFlow(fake);
    usePopStore.getState().show({ key: 'ct-1', contactId: 'ct-1', callId: null, channel: 'voice', from: '14799603397', status: 'matched', customerId: 'c-cn-0001', matches: [], intent: null, at: Date.now() });
    act(() => void fake.simulateIncoming({ from: '14799603397' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(popCall).not.toHaveBeenCalled();
    expect(usePopStore.getState().pops[0]!.callId).not.toBeNull();
  });

  it('does not pop a call rejected before its offer had time to arrive', async () => {
    const fake = new FakeSoftphone();
    await renderFlow(fake);
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: '14799603397' });
    });
    await act(() => fake.reject(callId));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(popCall).not.toHaveBeenCalled();
  });
});
