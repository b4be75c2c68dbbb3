import { useEffect } from 'react';
import type { RegistrationState } from '../port/softphone-port';
import type { SoftphoneStore } from '../stores/softphone-store';
import type { Latest } from './use-latest-ref';

/** Owner tab: reports each registration change to the app (which puts the agent Not ready while unregistered). */
export function useRegistrationReport(
  store: SoftphoneStore,
  props: Latest<{ onRegistrationChange?: (state: RegistrationState, error: string | null) => void }>,
): void {
  useEffect(() => {
    let lastReported: string | null = null;
    return store.subscribe((s) => {
      if (s.tabRole !== 'owner') return;
      const key = `${s.registration}|${s.registrationError ?? ''}`;
      if (key === lastReported) return;
      lastReported = key;
      props.current.onRegistrationChange?.(s.registration, s.registrationError);
    });
  }, [store, props]);
}
