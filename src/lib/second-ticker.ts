import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** The current whole second (epoch seconds): a pure function of the clock, so every reader agrees. */
function currentSecond(): number {
  return Math.floor(Date.now() / 1000);
}

// One timer for the whole page, aligned to the next whole second so every counter on screen turns over
// together; re-armed each time rather than setInterval, which drifts off the second under load.
function arm() {
  timer = setTimeout(() => {
    for (const listener of [...listeners]) listener();
    arm();
  }, 1000 - (Date.now() % 1000));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) arm();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/**
 * Epoch seconds, re-rendering the caller once a second from one shared timer. Meant for the small leaf
 * that prints a running duration, so a ticking clock never re-renders the row or table around it.
 */
export function useSecondTick(): number {
  return useSyncExternalStore(subscribe, currentSecond);
}
