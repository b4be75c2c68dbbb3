import { useLayoutEffect, useRef } from 'react';

/** A read-only view of the latest value, for callbacks that must not re-run effects when it changes. */
export interface Latest<T> {
  readonly current: T;
}

/** The latest render's value, for long-lived callbacks (the provider's props: callbacks change every render). */
export function useLatestRef<T>(value: T): Latest<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
