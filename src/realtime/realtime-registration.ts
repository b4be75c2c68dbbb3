import type { QueryClient } from '@tanstack/react-query';
import type { User } from '@/contract/schemas/identity';
import type { RealtimeClient } from './realtime-client';

export interface RealtimeRegistrationContext {
  client: Pick<RealtimeClient, 'on' | 'onResync'>;
  queryClient: QueryClient;
  /** The signed-in user: a feature may listen only for some roles (the board, for team leads). */
  user: User;
}

/**
 * A feature's realtime handlers: it registers what it listens to and returns how to stop. Each feature
 * exports its own (`features/<feature>/realtime.ts`); the app mounts them all once per session.
 */
export type RealtimeRegistration = (ctx: RealtimeRegistrationContext) => () => void;

/** Runs several unsubscribes as one. */
export function combineUnsubscribes(...offs: (() => void)[]): () => void {
  return () => {
    for (const off of offs) off();
  };
}
