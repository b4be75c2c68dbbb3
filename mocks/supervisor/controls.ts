import type { QueueStats } from '@/contract/schemas/queue';
import { DomainError } from '@/domain/domain-error';
import { queueStatsAudience } from '@/domain/event-audience';
import { getMockDb } from '@mocks/core/mock-db';
import { queueStatsOf } from '@mocks/core/queue-views';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';

/** The team lead's floor: queue surges. */
export const supervisorControls = {
  /** A queue surge (排队激增): sets waiting figures and tells the centre's team leads. */
  surgeQueue(queueId: string, waiting: number, longestWaitSec = Math.min(600, waiting * 12)): QueueStats {
    const db = getMockDb();
    const queue = db.queues.get(queueId);
    if (!queue) throw new DomainError('not_found', `surgeQueue: no queue ${queueId}`);
    queue.stats = { ...queue.stats, waiting, longestWaitSec };
    const stats = queueStatsOf(db, queueId);
    publishTo(queueStatsAudience(queue, signedInUsers(db)), { type: 'queue.stats_updated', queue: stats });
    return stats;
  },

  /** A queue's after-call-work time (话后处理), to try its end without waiting. */
  setQueuePolicy(queueId: string, acwSeconds: number): { queueId: string; acwSeconds: number } {
    const queue = getMockDb().queues.get(queueId);
    if (!queue) throw new DomainError('not_found', `setQueuePolicy: no queue ${queueId}`);
    queue.acwSeconds = acwSeconds;
    return { queueId, acwSeconds };
  },
};
