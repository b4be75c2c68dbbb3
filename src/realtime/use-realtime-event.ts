import { useEffect, useRef } from 'react';
import type { RealtimeEventOf, RealtimeEventType } from '@/contract/events';
import { useRealtimeClient } from './use-realtime-client';

/** Subscribes for the component's lifetime; the latest handler is always called, without resubscribing on each render. */
export function useRealtimeEvent<T extends RealtimeEventType>(type: T, handler: (event: RealtimeEventOf<T>) => void): void {
  const client = useRealtimeClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => client.on(type, (event) => latest.current(event)), [client, type]);
}
