/**
 * Every query of the feature starts with `conversations`, so a resync (or a test) invalidates them all at
 * once. The thread's messages are `['conversations', id, 'messages']` (the thread's own api).
 */
export const conversationKeys = {
  all: ['conversations'] as const,
  offers: () => ['conversations', 'offers'] as const,
  settings: () => ['conversations', 'settings'] as const,
  open: () => ['conversations', 'open'] as const,
  history: () => ['conversations', 'history'] as const,
  dispositions: () => ['conversations', 'dispositions'] as const,
  canned: (q: string, channel: string) => ['conversations', 'canned', channel, q] as const,
  attachmentPolicy: () => ['conversations', 'attachment-policy'] as const,
};
