import type { RealtimeEventInput } from '@/domain/event-stream';
import { appendEvents } from '../store/event-queries';
import type { BffDeps } from './bff-deps';

/** Stores an event for each recipient (the database gives each its seq), then tells every instance. */
export async function publishEvents(deps: BffDeps, userIds: readonly string[], input: RealtimeEventInput): Promise<void> {
  const unique = [...new Set(userIds)].sort();
  if (unique.length === 0) return;
  const events = await appendEvents(deps.db, unique, input, deps.now());
  await deps.bus.publish({ kind: 'events', items: events.map((event, i) => ({ userId: unique[i]!, event })) });
}
