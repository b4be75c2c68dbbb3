import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { User } from '@/contract/schemas/identity';
import { registerNoticesRealtime } from '@/features/notices/realtime';
import { registerSessionRealtime } from '@/features/session/realtime';
import { registerSupervisorRealtime } from '@/features/supervisor/realtime';
import { registerCustomersRealtime } from '@/features/customers/realtime';
import { useRealtimeClient } from '@/realtime/use-realtime-client';
import type { RealtimeRegistration } from '@/realtime/realtime-registration';
import { registerScreenPop } from '../flows/screen-pop-registration';
import { registerConversationsRealtimeLazily } from './register-conversations-realtime-lazily';

/** Every feature's realtime handlers, and the flows that start from an event; a feature with events adds its registration here. */
const registrations: readonly RealtimeRegistration[] = [registerSessionRealtime, registerSupervisorRealtime, registerNoticesRealtime, registerCustomersRealtime, registerConversationsRealtimeLazily, registerScreenPop];

export interface RealtimeHandlersEffectProps {
  user: User;
}

/** Mounts each feature's realtime handlers for the session; renders nothing. */
export function RealtimeHandlersEffect({ user }: RealtimeHandlersEffectProps) {
  const client = useRealtimeClient();
  const queryClient = useQueryClient();

  useEffect(() => {
    const offs = registrations.map((register) => register({ client, queryClient, user }));
    // The server could not replay what we missed: everything server-owned is refetched.
    offs.push(client.onResync(() => void queryClient.invalidateQueries()));
    return () => {
      for (const off of offs) off();
    };
  }, [client, queryClient, user]);
  return null;
}
