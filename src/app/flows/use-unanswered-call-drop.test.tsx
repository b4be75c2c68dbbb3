import { act, renderHook } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePopStore, type Pop } from '@/features/customers/stores/pop-store';
import { FakeSoftphone } from '@/features/softphone/port/fake-softphone';
import { SoftphoneProvider } from '@/features/softphone/softphone-provider';
import { createQueryClient } from '@/lib/query-client';
import { testSettings } from '@/testing/render-softphone';
import { loadScreenPop } from './screen-pop-registration';
import { useUnansweredCallDrop } from './use-unanswered-call-drop';
import { useUnofferedCallPop } from './use-unoffered-call-pop';

const FROM = '14799603397';

async function renderFlows(fake: FakeSoftphone) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <SoftphoneProvider createPort={async () => fake} fetchSettings={async () => testSettings} probeMicrophone={async () => 'ok'} multiTab={false}>
        {children}
      </SoftphoneProvider>
    </QueryClientProvider>
  );
  renderHook(
    () => {
      useUnofferedCallPop(30);
      useUnansweredCallDrop();
    },
    { wrapper },
  );
  await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
}

function pop(change: Partial<Pop>): Pop {
  return { key: 'ct-1', contactId: 'ct-1', callId: null, channel: 'voice', from: FROM, status: 'matched', customerId: 'c-cn-0001', matches: [], intent: null, at: Date.now(), ...change };
}

const keys = () => usePopStore.getState().pops.map((p) => p.key);
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 60)));

// The flow is split off and imported on first use: loaded once here, so no test waits on the transform.
beforeAll(async () => void (await loadScreenPop()));
beforeEach(() => usePopStore.getState().reset());

describe('flow: a call that ends unanswered leaves no contact behind', () => {
  it('drops the pop of a call dialled straight to the extension that the agent rejects', async () => {
    const fake = new FakeSoftphone();
    await renderFlows(fake);
    usePopStore.getState().show(pop({ key: 'ct-9', contactId: 'ct-9', customerId: 'c-cn-0002', from: '13900139000' }));
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: FROM });
    });
    // The phone popped it (as popCall does) once its offer did not come.
    act(() => usePopStore.getState().show(pop({ key: `call:${callId}`, contactId: null, callId })));
    expect(keys()).toEqual([`call:${callId}`, 'ct-9']);
    await act(() => fake.reject(callId));
    await vi.waitFor(() => expect(keys()).toEqual(['ct-9']));
  });

  it('drops the pop of an offered call the caller gives up on, even before the ringing was matched to the offer', async () => {
    const fake = new FakeSoftphone();
    await renderFlows(fake);
    usePopStore.getState().show(pop({}));
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: FROM });
    });
    act(() => fake.simulateRemoteHangup(callId));
    await vi.waitFor(() => expect(keys()).toEqual([]));
  });

  it('keeps the pop of an answered call after it ends, for the wrap-up', async () => {
    const fake = new FakeSoftphone();
    await renderFlows(fake);
    usePopStore.getState().show(pop({}));
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: FROM });
    });
    await vi.waitFor(() => expect(usePopStore.getState().pops[0]!.callId).toBe(callId));
    await act(() => fake.answer(callId));
    await act(() => fake.hangup(callId));
    await settle();
    expect(keys()).toEqual(['ct-1']);
  });
});
