import { combineUnsubscribes, type RealtimeRegistration } from '@/realtime/realtime-registration';
import type { BoardEvent, BoardUpdateBatcher } from './board-updates/create-board-update-batcher';

/**
 * The board listens only in a team lead's session: seats' states and queue figures, applied once per
 * frame. The batcher is loaded on demand, so agents never download it; events that arrive while it loads
 * wait for it (a fraction of a second, right after sign-in).
 */
export const registerSupervisorRealtime: RealtimeRegistration = ({ client, queryClient, user }) => {
  if (user.role !== 'supervisor') return () => undefined;
  let stopped = false;
  let batcher: BoardUpdateBatcher | null = null;
  let waiting: BoardEvent[] | null = [];
  const receive = (event: BoardEvent) => (batcher ? batcher.receive(event) : waiting?.push(event));
  import('./board-updates/create-board-update-batcher').then(
    ({ createBoardUpdateBatcher }) => {
      if (stopped) return;
      batcher = createBoardUpdateBatcher(queryClient);
      for (const event of waiting ?? []) batcher.receive(event);
      waiting = null;
    },
    (error: unknown) => {
      // Without it the board still loads, just not live: say so once rather than hold events for ever.
      waiting = null;
      console.error('[supervisor] live board updates unavailable', error);
    },
  );
  return combineUnsubscribes(
    client.on('agent.state_changed', receive),
    client.on('queue.stats_updated', receive),
    client.onResync(() => batcher?.forget()),
    () => {
      stopped = true;
      batcher?.dispose();
    },
  );
};
