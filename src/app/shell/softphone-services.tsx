import { useCallback, type ReactNode } from 'react';
import { getSipSettings } from '@/contract/http/sip-settings';
import type { User } from '@/contract/http/session';
import { SoftphoneProvider } from '@/features/softphone/softphone-provider';
import type { SoftphonePort } from '@/features/softphone/port/softphone-port';
import { api } from '@/lib/api-client';
import { env } from '@/lib/env';
import { usePhoneDrivenAgentState } from './use-phone-driven-agent-state';

export interface SoftphoneServicesProps {
  user: User;
  children: ReactNode;
}

/** The real sip.js phone, unless mock mode runs the fake (override with localStorage `zuoxi.softphone=sip`). */
function wantsRealPhone(): boolean {
  if (!env.mock) return true;
  try {
    return localStorage.getItem('zuoxi.softphone') === 'sip';
  } catch {
    return false;
  }
}

async function mockPhone(user: User) {
  const { getMockSoftphone } = await import('./mock-softphone');
  return getMockSoftphone(user);
}

export function SoftphoneServices({ user, children }: SoftphoneServicesProps) {
  const real = wantsRealPhone();
  const agentState = usePhoneDrivenAgentState();

  const createPort = useCallback(async (): Promise<SoftphonePort> => {
    if (real || !env.mock) {
      const { createSipJsSoftphone } = await import('@/features/softphone/adapter/create-sip-js-softphone');
      return createSipJsSoftphone();
    }
    return mockPhone(user);
  }, [real, user]);
  const fetchSettings = useCallback(() => api(getSipSettings), []);
  const probeMicrophone = useCallback(async () => (await mockPhone(user)).probeMicrophone(), [user]);

  return (
    <SoftphoneProvider
      createPort={createPort}
      fetchSettings={fetchSettings}
      probeMicrophone={env.mock && !real ? probeMicrophone : undefined}
      onRegistrationChange={agentState.onRegistrationChange}
      onMicrophoneProblem={agentState.onMicrophoneProblem}
    >
      {children}
    </SoftphoneProvider>
  );
}
