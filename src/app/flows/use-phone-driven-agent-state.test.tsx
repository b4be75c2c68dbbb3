import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { getMockDb } from '@mocks/core/mock-db';
import { createQueryClient } from '@/lib/query-client';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { usePhoneDrivenAgentState } from './use-phone-driven-agent-state';

useMockServer();

const seat = () => getMockDb().agentStates.get('agt-1001')!;

async function renderFlow() {
  await signIn('zhang.wei');
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => usePhoneDrivenAgentState(), { wrapper }).result;
}

describe('flow: the phone drives the seat’s state', () => {

  it('leaves the seat alone while the phone is still starting up', async () => {
    const flow = await renderFlow();
    act(() => flow.current.onRegistrationChange('unregistered'));
    act(() => flow.current.onRegistrationChange('registering'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seat()).toMatchObject({ status: 'not_ready', reason: null });
  });

  it('puts a Ready seat Not ready while the phone is lost, and back to Ready when it returns', async () => {
    const flow = await renderFlow();
    getMockDb().agentStates.set('agt-1001', { ...seat(), status: 'ready', reason: null, version: seat().version + 1 });
    act(() => flow.current.onRegistrationChange('registered'));
    act(() => flow.current.onRegistrationChange('unregistered'));
    await waitFor(() => expect(seat()).toMatchObject({ status: 'not_ready', reason: 'phone_unregistered' }));
    act(() => flow.current.onRegistrationChange('registered'));
    await waitFor(() => expect(seat()).toMatchObject({ status: 'ready', reason: null }));
  });

  it('puts the seat Not ready for a missing microphone, and keeps it there until both phone and microphone work', async () => {
    const flow = await renderFlow();
    act(() => flow.current.onRegistrationChange('registered'));
    act(() => flow.current.onMicrophoneProblem('no_microphone'));
    await waitFor(() => expect(seat()).toMatchObject({ status: 'not_ready', reason: 'no_microphone' }));
    act(() => flow.current.onRegistrationChange('failed'));
    await waitFor(() => expect(seat()).toMatchObject({ reason: 'phone_unregistered' }));
    act(() => flow.current.onMicrophoneProblem(null));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seat()).toMatchObject({ status: 'not_ready', reason: 'phone_unregistered' });
    act(() => flow.current.onRegistrationChange('registered'));
    // The agent had chosen nothing but the start-of-shift Not ready: that is what comes back.
    await waitFor(() => expect(seat()).toMatchObject({ status: 'not_ready', reason: null }));
  });
});
