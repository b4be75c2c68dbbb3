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
