import { create } from 'zustand';

export interface EmailView {
  plainText: boolean;
  remoteImages: boolean;
}

interface EmailViewState {
  /** By message id: how the agent chose to see each email. A virtual row is remounted as it scrolls back into view; the choice must survive that. */
  views: Record<string, EmailView>;
  set: (messageId: string, change: Partial<EmailView>) => void;
}

const DEFAULT: EmailView = { plainText: false, remoteImages: false };

export const useEmailViewStore = create<EmailViewState>()((set) => ({
  views: {},
  set: (messageId, change) => set((s) => ({ views: { ...s.views, [messageId]: { ...(s.views[messageId] ?? DEFAULT), ...change } } })),
}));

/** The agent's choice for one email (remote images stay blocked until asked, every time the desktop loads). */
export const useEmailView = (messageId: string): EmailView => useEmailViewStore((s) => s.views[messageId] ?? DEFAULT);
