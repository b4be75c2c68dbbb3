import { create } from 'zustand';

interface CloseRequestState {
  /** The conversation whose close dialog is open (from its tab or its header), or null. */
  closingId: string | null;
  request: (conversationId: string) => void;
  cancel: () => void;
}

/** One close dialog for the workspace, whichever control asked for it. */
export const useCloseRequestStore = create<CloseRequestState>()((set) => ({
  closingId: null,
  request: (closingId) => set({ closingId }),
  cancel: () => set({ closingId: null }),
}));
