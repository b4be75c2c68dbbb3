import { useQueryClient } from '@tanstack/react-query';
import type { User } from '@/contract/schemas/identity';
import { applyAgentStateChanged } from '@/features/session/realtime';
import { applyAgentPresence, applyQueueStats } from '@/features/supervisor/realtime';
import { useRealtimeEvent } from '@/realtime/use-realtime-event';
import { useRealtimeResync } from '@/realtime/use-realtime-resync';
import { useNoticeStore } from './notice-store';

export interface RealtimeHandlersEffectProps {
  user: User;
}

/** Routes each realtime event to the feature that owns it; renders nothing. */
export function RealtimeHandlersEffect({ user }: RealtimeHandlersEffectProps) {
  const queryClient = useQueryClient();
  const pushNotice = useNoticeStore((s) => s.push);

  useRealtimeEvent('agent.state_changed', (event) => {
    applyAgentStateChanged(queryClient, event);
    if (user.role === 'supervisor') applyAgentPresence(queryClient, event);
  });
  useRealtimeEvent('queue.stats_updated', (event) => applyQueueStats(queryClient, event));
  useRealtimeEvent('notice.broadcast', (event) => pushNotice(event.notice));
  // The server could not replay what we missed: everything server-owned is refetched.
  useRealtimeResync(() => void queryClient.invalidateQueries());
  return null;
}
