import { useState } from 'react';
import { probeMicrophone as browserProbe } from '../lib/probe-microphone';
import type { MicrophoneStatus, SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';

export interface MicrophoneProbe {
  /** Probes the microphone and stores the result, unless `isCurrent` says the caller moved on meanwhile. */
  check(isCurrent?: () => boolean): Promise<void>;
}

/** Checks the chosen microphone: the injected probe (mock mode's fake) or the browser's getUserMedia. */
export function useMicrophoneProbe(store: SoftphoneStore, props: Latest<{ probeMicrophone?: () => Promise<MicrophoneStatus> }>): MicrophoneProbe {
  const [probe] = useState<MicrophoneProbe>(() => ({
    check(isCurrent = () => true) {
      const run = props.current.probeMicrophone ?? (() => browserProbe(store.getState().devices.inputId));
      return run().then((status) => {
        if (isCurrent()) store.getState().setMicrophone(status);
      });
    },
  }));
  return probe;
}
