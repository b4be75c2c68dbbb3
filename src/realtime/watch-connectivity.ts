export interface ConnectivityCallbacks {
  online(): void;
  offline(): void;
  /** The tab became visible again: timers may have been throttled while hidden. */
  visible(): void;
}

/** Subscribes to the browser's network and visibility signals; returns the unsubscribe. */
export function watchConnectivity(callbacks: ConnectivityCallbacks): () => void {
  if (typeof window === 'undefined') return () => {};
  const onOnline = () => callbacks.online();
  const onOffline = () => callbacks.offline();
  const onVisibility = () => {
    if (document.visibilityState === 'visible') callbacks.visible();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
