import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SipSettings } from '@/contract/schemas/sip';
import type { CallInfo, RegistrationState, SoftphonePort } from './port/softphone-port';
import { SoftphoneContext, type SoftphoneContextValue } from './softphone-context';
import { createSoftphoneStore, type MicrophoneStatus, type SoftphoneStore } from './stores/softphone-store';
import { SoftphoneController } from './lib/softphone-controller';
import { probeMicrophone as defaultProbe } from './lib/probe-microphone';
import { claimPhone } from './multi-tab/claim-phone';
import { startOwnerBridge } from './multi-tab/owner-bridge';
import { RemoteSoftphonePort } from './multi-tab/remote-softphone-port';
import { newTabId, SOFTPHONE_CHANNEL, type TabChannel, type TabLocks } from './multi-tab/tab-protocol';
import { useSoftphoneShortcuts } from './hooks/use-softphone-shortcuts';
import { SoftphoneCallEffects } from './components/softphone-call-effects';
import { isSoftphoneStorageKey } from './lib/softphone-storage';

export interface CallOfferedInfo {
  /** True in the tab that owns the phone (plays the ringtone); the screen pop may want every tab. */
  ownerTab: boolean;
}

export interface SoftphoneMultiTab {
  locks: TabLocks | null;
  channel: () => TabChannel | null;
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

function browserMultiTab(): SoftphoneMultiTab {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks as unknown as TabLocks | undefined;
  return {
    locks: locks ?? null,
    channel: () => (typeof BroadcastChannel === 'function' ? (new BroadcastChannel(SOFTPHONE_CHANNEL) as unknown as TabChannel) : null),
  };
}

/**
 * Owns the softphone's lifecycle: claims the phone for this tab (or mirrors the tab that has it),
 * creates the injected port, registers once with the server's SIP settings and feeds every port event
 * into the store. Reconnects are the port's job; a failed registration is retried only by the agent.
 */
export function SoftphoneProvider(props: SoftphoneProviderProps) {
  const [store] = useState(() => props.store ?? createSoftphoneStore(Date.now, props.agentId ?? null));
  const [controller] = useState(() => new SoftphoneController(store));
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  const registerRef = useRef<() => void>(() => {});

  useEffect(() => {
    const multiTab = propsRef.current.multiTab === false ? null : (propsRef.current.multiTab ?? browserMultiTab());
    const channel = multiTab?.channel() ?? null;
    const tabId = newTabId();
    let generation = 0;
    let teardown: () => void = () => {};

    const switchRole = () => {
      generation += 1;
      teardown();
      teardown = () => {};
      store.getState().resetCalls();
      return generation;
    };

    const registerWith = async (port: SoftphonePort, gen: number) => {
      const p = propsRef.current;
      const s = store.getState();
      s.setError(null);
      const micCheck = (p.probeMicrophone ?? (() => defaultProbe(store.getState().devices.inputId)))().then((status) => {
        if (gen !== generation) return;
        store.getState().setMicrophone(status);
      });
      let settings: SipSettings;
      try {
        settings = await p.fetchSettings();
      } catch {
        if (gen === generation) store.setState({ registration: 'failed', registrationError: 'settings_unavailable' });
        return;
      }
      if (gen !== generation) return;
      store.getState().setDefaultAutoAnswer(settings.autoAnswer);
      const devices = store.getState().devices;
      await port.setDevices(devices).catch(() => {});
      try {
        await port.register(settings);
      } catch (error) {
        // The port reports the failure as a registration event; make sure the UI shows it even if not.
        if (gen === generation && store.getState().registration !== 'failed') {
          const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : 'registration_failed';
          store.setState({ registration: 'failed', registrationError: code });
        }
      }
      await micCheck;
    };

    const becomeOwner = async () => {
      const gen = switchRole();
      store.getState().setTabRole('owner');
      let port: SoftphonePort;
      try {
        port = await propsRef.current.createPort();
      } catch {
        if (gen === generation) store.setState({ registration: 'failed', registrationError: 'phone_unavailable' });
        return;
      }
      if (gen !== generation) {
        void port.dispose();
        return;
      }
      const unsubscribe = port.subscribe((event) => store.getState().apply(event));
      const stopBridge = channel ? startOwnerBridge(port, channel, tabId) : () => {};
      controller.setPort(port);
      registerRef.current = () => void registerWith(port, gen);
      teardown = () => {
        stopBridge();
        unsubscribe();
        controller.setPort(null);
        registerRef.current = () => {};
        void port.dispose();
      };
      await registerWith(port, gen);
    };

    const becomeMirror = () => {
      if (!channel) return;
      switchRole();
      store.getState().setTabRole('mirror');
      const port = new RemoteSoftphonePort(channel, tabId);
      const unsubscribe = port.subscribe((event) => store.getState().apply(event));
      controller.setPort(port);
      void port.register();
      teardown = () => {
        unsubscribe();
        controller.setPort(null);
        void port.dispose();
      };
    };

    const release = claimPhone(channel ? multiTab?.locks : null, {
      onOwner: () => void becomeOwner(),
      onMirror: becomeMirror,
    });

    // Owner tab: report registration to the app (which puts the agent Not ready while unregistered).
    let lastReported: string | null = null;
    const unsubscribeRegistration = store.subscribe((s) => {
      if (s.tabRole !== 'owner') return;
      const key = `${s.registration}|${s.registrationError ?? ''}`;
      if (key === lastReported) return;
      lastReported = key;
      propsRef.current.onRegistrationChange?.(s.registration, s.registrationError);
    });

    // Owner tab: report the microphone (probe, a failed call, "Check again") so the app can hold Not ready.
    let lastMicrophone: string | null = null;
    const unsubscribeMicrophone = store.subscribe((s) => {
      if (s.tabRole !== 'owner' || s.microphone === 'unknown' || s.microphone === lastMicrophone) return;
      lastMicrophone = s.microphone;
      propsRef.current.onMicrophoneProblem?.(s.microphone === 'ok' ? null : s.microphone);
    });

    const onStorage = (event: StorageEvent) => {
      if (event.key === null || isSoftphoneStorageKey(event.key)) store.getState().syncFromStorage(event.key);
    };
    window.addEventListener('storage', onStorage);

    const onPageHide = () => {
      release();
      teardown();
    };
    window.addEventListener('pagehide', onPageHide);

    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('storage', onStorage);
      unsubscribeRegistration();
      unsubscribeMicrophone();
      generation += 1;
      release();
      teardown();
      channel?.close();
    };
  }, [store, controller]);

  useSoftphoneShortcuts(store, controller);

  const value = useMemo<SoftphoneContextValue>(
    () => ({
      store,
      controller,
      retryRegistration: () => registerRef.current(),
      recheckMicrophone: () => {
        const probe = propsRef.current.probeMicrophone ?? (() => defaultProbe(store.getState().devices.inputId));
        void probe().then((status) => store.getState().setMicrophone(status));
      },
    }),
    [store, controller],
  );

  return (
    <SoftphoneContext.Provider value={value}>
      {props.children}
      <SoftphoneCallEffects store={store} controller={controller} onCallOffered={(call, info) => propsRef.current.onCallOffered?.(call, info)} />
    </SoftphoneContext.Provider>
  );
}
