import type { Bucket } from '@/domain/rate-limit';
import type { BffConfig } from '../config';
import type { EventBus } from '../realtime/event-bus';
import type { SocketHub } from '../realtime/socket-hub';
import type { Db } from '../store/open-store';

/** What every handler and service of one instance works with. */
export interface BffDeps {
  config: BffConfig;
  db: Db;
  bus: EventBus;
  hub: SocketHub;
  now: () => number;
  /** Rate-limit buckets (per instance: a limit per instance is enough to stop a runaway client). */
  buckets: Map<string, Bucket>;
}
