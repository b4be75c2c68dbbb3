import { useMemo, useState, type ReactNode } from 'react';
import type { SipSettings } from '@/contract/schemas/sip';
import type { CallInfo, RegistrationState, SoftphonePort } from './port/softphone-port';
import { SoftphoneContext, type SoftphoneContextValue } from './softphone-context';
import { createSoftphoneStore, type MicrophoneStatus, type SoftphoneStore } from './stores/softphone-store';
import { SoftphoneController } from './lib/softphone-controller';
import { useLatestRef } from './hooks/use-latest-ref';
import { useMicrophoneProbe } from './hooks/use-microphone-probe';
import { useMicrophoneReport } from './hooks/use-microphone-report';
import { usePhoneOwnership, type SoftphoneMultiTab } from './hooks/use-phone-ownership';
import { usePortLifecycle } from './hooks/use-port-lifecycle';
import { usePreferencesSync } from './hooks/use-preferences-sync';
import { useRegistrationReport } from './hooks/use-registration-report';
import { useSipRegistration } from './hooks/use-sip-registration';
import { useSoftphoneShortcuts } from './hooks/use-softphone-shortcuts';
import { SoftphoneCallEffects } from './components/softphone-call-effects';

export interface CallOfferedInfo {
  /** True in the tab that owns the phone (plays the ringtone); the screen pop may want every tab. */
  ownerTab: boolean;
}

export interface SoftphoneProviderProps {
  createPort: () => Promise<SoftphonePort>;
  fetchSettings: () => Promise<SipSettings>;
  /** Called in the owning tab only, so one agent's state is driven once. */
  onRegistrationChange?: (state: RegistrationState, error: string | null) => void;
  onCallOffered?: (call: CallInfo, info: CallOfferedInfo) => void;
  /** Called with a problem code ('denied' | 'no_device' | 'unavailable'), or null once the microphone works. */
  onMicrophoneProblem?: (code: Exclude<MicrophoneStatus, 'ok' | 'unknown'> | null) => void;
  /** Mock mode passes the fake's probe; the default asks the browser (getUserMedia). */
  probeMicrophone?: () => Promise<MicrophoneStatus>;
  /** Defaults to navigator.locks + BroadcastChannel; `false` makes this tab the owner unconditionally. */
  multiTab?: SoftphoneMultiTab | false;
  /** Whose phone this is: recent calls and the agent's own choices are kept per agent. */
  agentId?: string;
  /** A store to use instead of a new one (tests). */
  store?: SoftphoneStore;
  children?: ReactNode;
}

/**
 * Owns the softphone's lifecycle: claims the phone for this tab (or mirrors the tab that has it),
 * creates the injected port, registers once with the server's SIP settings and feeds every port event
 * into the store. Reconnects are the port's job; a failed registration is retried only by the agent.
 * Each concern is a hook of its own (hooks/use-*.ts).
 */
export function SoftphoneProvider(props: SoftphoneProviderProps) {
  const [store] = useState(() => props.store ?? createSoftphoneStore(Date.now, props.agentId ?? null));
  const [controller] = useState(() => new SoftphoneController(store));
  const latest = useLatestRef(props);

  const microphone = useMicrophoneProbe(store, latest);
  const registration = useSipRegistration(store, latest, microphone);
  const roles = usePortLifecycle(store, controller, latest, registration);
  usePhoneOwnership(store, latest, roles);
  useRegistrationReport(store, latest);
  useMicrophoneReport(store, latest);
  usePreferencesSync(store);
  useSoftphoneShortcuts(store, controller);

  const value = useMemo<SoftphoneContextValue>(
    () => ({
      store,
      controller,
      retryRegistration: () => registration.retry(),
      recheckMicrophone: () => void microphone.check(),
    }),
    [store, controller, registration, microphone],
  );

  return (
    <SoftphoneContext.Provider value={value}>
      {props.children}
      <SoftphoneCallEffects store={store} controller={controller} onCallOffered={(call, info) => latest.current.onCallOffered?.(call, info)} />
    </SoftphoneContext.Provider>
  );
}
