import { useContext } from 'react';
import type { RealtimeClient } from './realtime-client';
import { RealtimeContext } from './realtime-context';

export function useRealtimeClient(): RealtimeClient {
  const client = useContext(RealtimeContext);
  if (!client) throw new Error('useRealtimeClient must be used inside <RealtimeProvider>');
  return client;
}
