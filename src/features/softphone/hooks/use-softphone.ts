import { useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { SoftphoneContext, type SoftphoneContextValue } from '../softphone-context';
import type { SoftphoneActions, SoftphoneState } from '../stores/softphone-store';

export function useSoftphone(): SoftphoneContextValue {
  const value = useContext(SoftphoneContext);
  if (!value) throw new Error('useSoftphone must be used inside <SoftphoneProvider>');
  return value;
}

/** Reads the softphone store through a selector; arrays and objects compare shallowly. */
export function useSoftphoneState<T>(selector: (s: SoftphoneState & SoftphoneActions) => T): T {
  const { store } = useSoftphone();
  return useStore(store, useShallow(selector));
}
