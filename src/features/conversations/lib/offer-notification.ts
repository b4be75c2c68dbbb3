/** A desktop notification for waiting offers; clicking it brings the desktop forward. Null when not allowed. */
export function showOfferNotification(title: string, body: string): (() => void) | null {
  const N = globalThis.Notification;
  if (!N || N.permission !== 'granted') return null;
  try {
    // One tag: a repeat replaces the previous notification instead of stacking them.
    const n = new N(title, { body, tag: 'zuoxi-conversation-offers', renotify: true, requireInteraction: true } as NotificationOptions);
    n.onclick = () => {
      globalThis.focus?.();
      n.close();
    };
    return () => n.close();
  } catch {
    return null;
  }
}

/** A hidden tab, or a visible window behind another app, is not "in front". */
export function desktopInFront(): boolean {
  return typeof document !== 'undefined' && !document.hidden && document.hasFocus();
}
