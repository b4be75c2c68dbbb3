/** Desktop notification for a ringing call while the tab is hidden; clicking it focuses the tab. */
export function showCallNotification(title: string, body: string, tag: string): (() => void) | null {
  const N = globalThis.Notification;
  if (!N || N.permission !== 'granted') return null;
  try {
    const n = new N(title, { body, tag, requireInteraction: true });
    n.onclick = () => {
      globalThis.focus?.();
      n.close();
    };
    return () => n.close();
  } catch {
    return null;
  }
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return globalThis.Notification ? globalThis.Notification.permission : 'unsupported';
}
