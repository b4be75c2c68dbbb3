import { useSyncExternalStore } from 'react';
import type { RealtimeStatus } from './realtime-status';
import { useRealtimeClient } from './use-realtime-client';

export function useRealtimeStatus(): RealtimeStatus {
  const client = useRealtimeClient();
  return useSyncExternalStore(client.subscribeStatus, client.getStatus, client.getStatus);
}
