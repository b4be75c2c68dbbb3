import { useCallback, type ReactNode } from 'react';
import { getSipSettings } from '@/contract/endpoints/softphone';
import type { User } from '@/contract/schemas/identity';
import { SoftphoneProvider } from '@/features/softphone/softphone-provider';
import type { SoftphonePort } from '@/features/softphone/port/softphone-port';
import { api } from '@/lib/api-client';
import { usePhoneDrivenAgentState } from '../flows/use-phone-driven-agent-state';
import { useCallsReportContacts } from '../flows/use-calls-report-contacts';
import { useUnansweredCallDrop } from '../flows/use-unanswered-call-drop';
import { useUnofferedCallPop } from '../flows/use-unoffered-call-pop';

// Inlined (not read from a shared module) so production builds fold it and drop every mock-only import.
const MOCK = import.meta.env.VITE_MOCK === 'true';

/** Mock mode's fake phone; null (and not bundled) in production. */
const loadMockPhone = MOCK ? async (user: User) => (await import('./mock-softphone')).getMockSoftphone(user) : null;

/** The real sip.js phone, unless mock mode runs the fake (override with localStorage `zuoxi.softphone=sip`). */
function wantsFakePhone(): boolean {
  if (!loadMockPhone) return false;
  try {
    return localStorage.getItem('zuoxi.softphone') !== 'sip';
  } catch {
    return true;
  }
}

export interface SoftphoneServicesProps {
  user: User;
  children: ReactNode;
}

export function SoftphoneServices({ user, children }: SoftphoneServicesProps) {
  const fake = wantsFakePhone();
  const agentState = usePhoneDrivenAgentState();

  const createPort = useCallback(async (): Promise<SoftphonePort> => {
    if (fake && loadMockPhone) return loadMockPhone(user);
    const { createSipJsSoftphone } = await import('@/features/softphone/adapter/create-sip-js-softphone');
    return createSipJsSoftphone();
  }, [fake, user]);
  const fetchSettings = useCallback(() => api(getSipSettings), []);
  // The fake answers the microphone probe too, so mock mode never asks the browser for a microphone.
  const probeFake = useCallback(async () => (await loadMockPhone!(user)).probeMicrophone(), [user]);

  return (
    <SoftphoneProvider
      agentId={user.id}
      createPort={createPort}
      fetchSettings={fetchSettings}
      probeMicrophone={fake ? probeFake : undefined}
      onRegistrationChange={agentState.onRegistrationChange}
      onMicrophoneProblem={agentState.onMicrophoneProblem}
    >
      <CallsReportContactsEffect />
      {children}
    </SoftphoneProvider>
  );
}

/** Mounts the flows that follow the phone's calls (agent state, screen pop of unoffered calls, unanswered calls dropping theirs); renders nothing. */
function CallsReportContactsEffect() {
  useCallsReportContacts();
  useUnofferedCallPop();
  useUnansweredCallDrop();
  return null;
}
