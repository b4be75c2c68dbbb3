import { create } from 'zustand';

/** A typing event not followed by "stopped" (a dropped socket, a closed tab) stops showing after this. */
export const TYPING_TIMEOUT_MS = 8_000;

interface TypingState {
  /** Conversations whose customer is typing now. */
  customerTyping: Record<string, true>;
  setCustomerTyping: (conversationId: string, typing: boolean) => void;
  reset: () => void;
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();

export const useTypingStore = create<TypingState>()((set) => ({
  customerTyping: {},
  setCustomerTyping: (conversationId, typing) => {
    clearTimeout(timers.get(conversationId));
    timers.delete(conversationId);
    if (typing) timers.set(conversationId, setTimeout(() => useTypingStore.getState().setCustomerTyping(conversationId, false), TYPING_TIMEOUT_MS));
    set((s) => {
      if (!!s.customerTyping[conversationId] === typing) return s;
      const next = { ...s.customerTyping };
      if (typing) next[conversationId] = true;
      else delete next[conversationId];
      return { customerTyping: next };
    });
  },
  reset: () => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    set({ customerTyping: {} });
  },
}));
