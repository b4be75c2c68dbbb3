import { useEffect } from 'react';
import { isSoftphoneStorageKey } from '../lib/softphone-storage';
import type { SoftphoneStore } from '../stores/softphone-store';

/** Devices, auto-answer, notifications and recent calls another tab of this browser changed are adopted here. */
export function usePreferencesSync(store: SoftphoneStore): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || isSoftphoneStorageKey(event.key)) store.getState().syncFromStorage(event.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
}
