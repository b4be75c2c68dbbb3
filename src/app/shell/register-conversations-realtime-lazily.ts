import type { RealtimeRegistration } from '@/realtime/realtime-registration';

/**
 * The conversations' realtime handlers, loaded with the conversation workspace instead of the shell's first
 * paint (they pull the outbox, the thread cache rules and the stores: a few kB the critical JS need not
 * carry). Nothing is lost meanwhile: the import starts as the shell mounts, before the workspace panels
 * fetch offers, tabs and threads, and whatever is fetched after the handlers are on is current.
 */
export const registerConversationsRealtimeLazily: RealtimeRegistration = (context) => {
  let off: (() => void) | null = null;
  let stopped = false;
  void import('@/features/conversations/realtime')
    .then(({ registerConversationsRealtime }) => {
      if (!stopped) off = registerConversationsRealtime(context);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    off?.();
  };
};
