import { createContext } from 'react';
import type { SoftphoneController } from './lib/softphone-controller';
import type { SoftphoneStore } from './stores/softphone-store';

export interface SoftphoneContextValue {
  store: SoftphoneStore;
  controller: SoftphoneController;
  /** Registers again after a failure; never automatic, so wrong credentials cannot cause a retry storm. */
  retryRegistration(): void;
  /** Probes the microphone again (after the agent fixed a permission or plugged in a headset). */
  recheckMicrophone(): void;
}

export const SoftphoneContext = createContext<SoftphoneContextValue | null>(null);
