import { useState } from 'react';
import type { SipSettings } from '@/contract/schemas/sip';
import type { SoftphonePort } from '../port/softphone-port';
import { errorCode } from '../lib/softphone-error';
import type { SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';
import type { MicrophoneProbe } from './use-microphone-probe';

export interface SipRegistrationControl {
  /** Fetches this seat's SIP settings and registers `port` with them; the microphone is probed meanwhile. */
  registerWith(port: SoftphonePort, isCurrent: () => boolean): Promise<void>;
  /** Points `retry()` at this port until the returned function is called. */
  attach(port: SoftphonePort, isCurrent: () => boolean): () => void;
  /** Registers again after a failure; never automatic, so wrong credentials cannot cause a retry storm. */
  retry(): void;
}

/** Settings and registration: the server's SIP settings, the agent's devices, then REGISTER. */
export function useSipRegistration(
  store: SoftphoneStore,
  props: Latest<{ fetchSettings: () => Promise<SipSettings> }>,
  microphone: MicrophoneProbe,
): SipRegistrationControl {
  const [control] = useState<SipRegistrationControl>(() => {
    let retry = () => {};
    const registerWith = async (port: SoftphonePort, isCurrent: () => boolean) => {
      store.getState().setError(null);
      const micCheck = microphone.check(isCurrent);
      let settings: SipSettings;
      try {
        settings = await props.current.fetchSettings();
      } catch {
        if (isCurrent()) store.setState({ registration: 'failed', registrationError: 'settings_unavailable' });
        return;
      }
      if (!isCurrent()) return;
      store.getState().setDefaultAutoAnswer(settings.autoAnswer);
      // The agent's stored devices, before the first call can open a microphone.
      await port.setDevices(store.getState().devices).catch(() => {});
      try {
        await port.register(settings);
      } catch (error) {
        // The port reports the failure as a registration event; make sure the UI shows it even if not.
        if (isCurrent() && store.getState().registration !== 'failed') {
          store.setState({ registration: 'failed', registrationError: errorCode(error, 'registration_failed') });
        }
      }
      await micCheck;
    };
    return {
      registerWith,
      attach(port, isCurrent) {
        retry = () => void registerWith(port, isCurrent);
        return () => {
          retry = () => {};
        };
      },
      retry: () => retry(),
    };
  });
  return control;
}
