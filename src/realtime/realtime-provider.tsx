import type { ReactNode } from 'react';
import type { RealtimeClient } from './realtime-client';
import { RealtimeContext } from './realtime-context';

export interface RealtimeProviderProps {
  /** The tab's one client; the app creates it and decides when to connect (after login) and disconnect. */
  client: RealtimeClient;
  children?: ReactNode;
}

export function RealtimeProvider({ client, children }: RealtimeProviderProps) {
  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}
