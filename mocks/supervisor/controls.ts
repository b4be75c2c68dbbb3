import type { QueueStats } from '@/contract/schemas/queue';
import { DomainError } from '@/domain/domain-error';
import { queueStatsAudience } from '@/domain/event-audience';
import { getMockDb } from '@mocks/core/mock-db';
import { queueStatsOf } from '@mocks/core/queue-views';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';
import { loadCentre, type CentreSize, type LoadedCentre } from './centre-scale';
import { floorTrafficReport, startFloorTraffic, stopFloorTraffic, type FloorTrafficOptions, type FloorTrafficReport } from './floor-traffic';

/** The team lead's floor: queue surges, a centre at full scale, and its traffic. */
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

  /**
   * A whole centre (default 1,000 seats, 200 queues) for the signed-in team lead, replacing the seed's
   * seats; their board refetches by itself. Stops floor traffic first.
   */
  loadCentre(size: CentreSize = {}): LoadedCentre {
    stopFloorTraffic();
    return loadCentre(getMockDb(), size);
  },
  /** Seats change state at `eventsPerSecond` (default 500) events per team lead, for `durationMs` (default 30 s). */
  startFloorTraffic(options: FloorTrafficOptions = {}): FloorTrafficReport {
    return startFloorTraffic(options);
  },
  stopFloorTraffic(): FloorTrafficReport {
    return stopFloorTraffic();
  },
  /** The current or last run: changes made, events published per lead, start and end. */
  floorTraffic(): FloorTrafficReport {
    return floorTrafficReport();
  },
};
