import { useEffect, useState, type ReactNode } from 'react';
import type { User } from '@/contract/schemas/identity';
import { getCsrfToken, notifyUnauthorized, onSessionChange } from '@/lib/session-hint';
import { createRealtimeClient } from '@/realtime/realtime-client';
import { RealtimeProvider } from '@/realtime/realtime-provider';
import { realtimeUrl } from '@/realtime/realtime-url';
import { RealtimeHandlersEffect } from './realtime-handlers-effect';
import { SoftphoneServices } from './softphone-services';

export interface ShellServicesProps {
  user: User;
  children: ReactNode;
}

/** Session-long services (realtime socket, softphone) mounted once per signed-in agent. */
export function ShellServices({ user, children }: ShellServicesProps) {
  const [client] = useState(() => createRealtimeClient({ url: () => realtimeUrl(), getCsrfToken, onUnauthorized: notifyUnauthorized }));

  useEffect(() => {
    client.connect();
    // After re-authentication in the expired-session dialog the socket resumes from where it stopped.
    const off = onSessionChange((signedIn) => {
      if (signedIn) client.connect();
    });
    return () => {
      off();
      client.disconnect();
    };
  }, [client]);

  return (
    <RealtimeProvider client={client}>
      <RealtimeHandlersEffect user={user} />
      <SoftphoneServices user={user}>{children}</SoftphoneServices>
    </RealtimeProvider>
  );
}
