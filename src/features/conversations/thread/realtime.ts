import { combineUnsubscribes, type RealtimeRegistration } from '@/realtime/realtime-registration';
import { applyMessageEvent } from './api/apply-message-event';

/**
 * New messages and delivery updates go into the cached threads (once by seq); when the server could not
 * replay what was missed, every cached thread is fetched again.
 */
export const registerThreadRealtime: RealtimeRegistration = ({ client, queryClient }) =>
  combineUnsubscribes(
    client.on('message.created', (event) => applyMessageEvent(queryClient, event)),
    client.on('message.updated', (event) => applyMessageEvent(queryClient, event)),
    client.onResync(() => void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'conversations' && queryKey[2] === 'messages' })),
  );
