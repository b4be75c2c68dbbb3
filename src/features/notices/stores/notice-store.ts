import { create } from 'zustand';
import type { Notice } from '@/contract/schemas/notice';

interface NoticeState {
  notices: Notice[];
  push: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

/** Broadcast notices from team leads, newest first; kept until the agent dismisses them. */
export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  push: (notice) => set((s) => (s.notices.some((n) => n.id === notice.id) ? s : { notices: [notice, ...s.notices].slice(0, 5) })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
