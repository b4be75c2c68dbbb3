import { create } from 'zustand';
import { notificationPermission, requestNotificationPermission, type NotifyPermission } from '../lib/notification-permission';

const ALWAYS_KEY = 'zuoxi.conversations.notifyAlways';
const ASK_DISMISSED_KEY = 'zuoxi.conversations.notifyAskDismissed';

function read(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

function write(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // storage disabled: the choice lasts for this page
  }
}

interface NotifyPrefsState {
  /** Desktop notifications for offers even while the desktop is in front (else only when it is not). */
  notifyAlways: boolean;
  setNotifyAlways: (value: boolean) => void;
  /** The browser's permission as last seen. */
  permission: NotifyPermission;
  /** The agent said "not now" to the ask: it is not shown again in this browser (the settings keep the button). */
  askDismissed: boolean;
  dismissAsk: () => void;
  /** Asks the browser (from a click only). */
  requestPermission: () => Promise<void>;
  /** Reads the permission again (the agent may have changed it in the browser's site settings). */
  refreshPermission: () => void;
}

export const useNotifyPrefsStore = create<NotifyPrefsState>()((set) => ({
  notifyAlways: read(ALWAYS_KEY),
  setNotifyAlways: (notifyAlways) => {
    write(ALWAYS_KEY, notifyAlways);
    set({ notifyAlways });
  },
  permission: notificationPermission(),
  askDismissed: read(ASK_DISMISSED_KEY),
  dismissAsk: () => {
    write(ASK_DISMISSED_KEY, true);
    set({ askDismissed: true });
  },
  requestPermission: async () => {
    const permission = await requestNotificationPermission();
    set({ permission });
  },
  refreshPermission: () => set({ permission: notificationPermission() }),
}));
