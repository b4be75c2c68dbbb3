import { create } from 'zustand';

const KEY = 'zuoxi.conversations.notifyAlways';

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
}

interface NotifyPrefsState {
  /** Desktop notifications for offers even while the desktop is in front (else only when it is not). */
  notifyAlways: boolean;
  setNotifyAlways: (value: boolean) => void;
}

export const useNotifyPrefsStore = create<NotifyPrefsState>()((set) => ({
  notifyAlways: read(),
  setNotifyAlways: (notifyAlways) => {
    try {
      localStorage.setItem(KEY, String(notifyAlways));
    } catch {
      // storage disabled: the choice lasts for this page
    }
    set({ notifyAlways });
  },
}));
