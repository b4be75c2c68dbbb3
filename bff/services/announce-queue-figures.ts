import { queueStatsAudience } from '@/domain/event-audience';
import { getQueue } from '../store/queue-queries';
import { signedInUsers } from '../store/session-queries';
import type { BffDeps } from './bff-deps';
import { publishEvents } from './publish-events';
import { queueStatsOf } from './queue-views';

/** Tells the team leads of each queue's centre its figures now (conversations joined or left its wait). */
export async function announceQueueFigures(deps: BffDeps, queueIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(queueIds)];
  if (ids.length === 0) return;
  const signedIn = await signedInUsers(deps.db, deps.now());
  for (const queueId of ids) {
    const queue = await getQueue(deps.db, queueId);
    const stats = queue ? await queueStatsOf(deps.db, queueId, deps.now()) : null;
    if (queue && stats) await publishEvents(deps, queueStatsAudience(queue, signedIn), { type: 'queue.stats_updated', queue: stats });
  }
}
