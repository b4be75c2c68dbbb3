import { useEffect } from 'react';
import type { MicrophoneStatus, SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';

/** Owner tab: reports the microphone (probe, a failed call, "Check again") so the app can hold Not ready. */
export function useMicrophoneReport(
  store: SoftphoneStore,
  props: Latest<{ onMicrophoneProblem?: (code: Exclude<MicrophoneStatus, 'ok' | 'unknown'> | null) => void }>,
): void {
  useEffect(() => {
    let lastMicrophone: string | null = null;
    return store.subscribe((s) => {
      if (s.tabRole !== 'owner' || s.microphone === 'unknown' || s.microphone === lastMicrophone) return;
      lastMicrophone = s.microphone;
      props.current.onMicrophoneProblem?.(s.microphone === 'ok' ? null : s.microphone);
    });
  }, [store, props]);
}
