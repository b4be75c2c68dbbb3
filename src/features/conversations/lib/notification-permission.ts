/** The browser's notification permission, or 'unsupported' where there is no Notification API. */
export type NotifyPermission = NotificationPermission | 'unsupported';

export function notificationPermission(): NotifyPermission {
  const N = globalThis.Notification as typeof Notification | undefined;
  return N ? N.permission : 'unsupported';
}

/** Asks the browser; only ever called from the agent's click (browsers ignore or penalise asks at load). */
export async function requestNotificationPermission(): Promise<NotifyPermission> {
  const N = globalThis.Notification as typeof Notification | undefined;
  if (!N) return 'unsupported';
  try {
    return await N.requestPermission();
  } catch {
    return N.permission;
  }
}

/**
 * Calls `onChange` when the permission may have changed: the Permissions API's change event where there is
 * one, and each time the page comes back to the front or is clicked (a prompt answered, site settings edited).
 */
export function watchNotificationPermission(onChange: () => void): () => void {
  let status: PermissionStatus | null = null;
  let stopped = false;
  void navigator.permissions
    ?.query({ name: 'notifications' })
    .then((s) => {
      if (stopped) return;
      status = s;
      s.addEventListener('change', onChange);
    })
    .catch(() => undefined);
  // The answer to a prompt lands a moment after the click that opened it.
  const later = () => setTimeout(onChange, 1_000);
  document.addEventListener('visibilitychange', onChange);
  window.addEventListener('pointerup', later, true);
  return () => {
    stopped = true;
    status?.removeEventListener('change', onChange);
    document.removeEventListener('visibilitychange', onChange);
    window.removeEventListener('pointerup', later, true);
  };
}
