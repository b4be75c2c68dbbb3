import { useEffect, useRef } from 'react';
import type { RealtimeResyncHandler } from './realtime-handler-registry';
import { useRealtimeClient } from './use-realtime-client';

/** Runs when the server could not replay what was missed: refetch (invalidate) what the component shows. */
export function useRealtimeResync(handler: RealtimeResyncHandler): void {
  const client = useRealtimeClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.onResync((info) => latest.current(info)), [client]);
}
