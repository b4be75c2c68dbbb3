import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { RealtimeEvent } from '@/contract/events';
import { REPLAY_WINDOW, type RealtimeEventInput } from '@/domain/event-stream';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { events, eventStreams } from './schema';

/**
 * Stores one event for each recipient with the next seq of that recipient's stream. The database allocates
 * the seq (the stream row is locked until commit), so it is gapless and increasing per user whichever
 * instance writes; events older than the replay window are trimmed.
 */
export async function appendEvents(db: Db, userIds: readonly string[], input: RealtimeEventInput, now: number): Promise<RealtimeEvent[]> {
  if (userIds.length === 0) return [];
  const at = new Date(now).toISOString();
  return db.transaction(async (tx) => {
    const out: RealtimeEvent[] = [];
    // A fixed order: two writers locking the same streams cannot deadlock.
    for (const userId of [...new Set(userIds)].sort()) {
      const rows = await queryRows<{ seq: string | number }>(
        tx,
        sql`INSERT INTO event_streams (user_id, seq) VALUES (${userId}, 1) ON CONFLICT (user_id) DO UPDATE SET seq = event_streams.seq + 1 RETURNING seq`,
      );
      const seq = Number(rows[0]!.seq);
      const event = { ...input, seq, at } as RealtimeEvent;
      await tx.insert(events).values({ userId, seq, event });
      if (seq > REPLAY_WINDOW) await tx.delete(events).where(and(eq(events.userId, userId), lte(events.seq, seq - REPLAY_WINDOW)));
      out.push(event);
    }
    return out;
  });
}

/** A stream's head: its last seq and the oldest still kept (for planResume). */
export async function streamHead(db: Db, userId: string): Promise<{ seq: number; oldestKeptSeq: number | null }> {
  const [stream] = await db.select({ seq: eventStreams.seq }).from(eventStreams).where(eq(eventStreams.userId, userId)).limit(1);
  const [oldest] = await db.select({ seq: sql<string | number>`min(${events.seq})` }).from(events).where(eq(events.userId, userId));
  return { seq: stream?.seq ?? 0, oldestKeptSeq: oldest?.seq == null ? null : Number(oldest.seq) };
}

/** The last seq of each of these users' streams, in one query (a user with no stream yet is absent). */
export async function streamSeqs(db: Db, userIds: readonly string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ userId: eventStreams.userId, seq: eventStreams.seq }).from(eventStreams).where(inArray(eventStreams.userId, [...userIds]));
  return new Map(rows.map((r) => [r.userId, Number(r.seq)]));
}

/** The events of a stream after `afterSeq`, in order (a resume, or a gap to fill). */
export async function eventsAfter(db: Db, userId: string, afterSeq: number, limit = REPLAY_WINDOW): Promise<RealtimeEvent[]> {
  const rows = await db
    .select({ event: events.event })
    .from(events)
    .where(and(eq(events.userId, userId), gt(events.seq, afterSeq)))
    .orderBy(asc(events.seq))
    .limit(limit);
  return rows.map((r) => r.event as RealtimeEvent);
}

/**
 * Several events for several recipients in one transaction (what one conversation change owes: the
 * message to its agent and to the customer's widget, the summary to the agent), each recipient's in the
 * order given. The streams are locked in one sorted order first, so two writers cannot deadlock, and each
 * gets its seqs from its row as appendEvents does.
 */
export async function appendEventBatch(db: Db, items: readonly { userId: string; input: RealtimeEventInput }[], now: number): Promise<{ userId: string; event: RealtimeEvent }[]> {
  if (items.length === 0) return [];
  if (items.length === 1) {
    const [only] = items;
    const [event] = await appendEvents(db, [only!.userId], only!.input, now);
    return [{ userId: only!.userId, event: event! }];
  }
  const at = new Date(now).toISOString();
  const userIds = [...new Set(items.map((i) => i.userId))].sort();
  return db.transaction(async (tx) => {
    const heads = new Map<string, number>();
    for (const userId of userIds) {
      const rows = await queryRows<{ seq: string | number }>(tx, sql`INSERT INTO event_streams (user_id, seq) VALUES (${userId}, 0) ON CONFLICT (user_id) DO UPDATE SET seq = event_streams.seq RETURNING seq`);
      heads.set(userId, Number(rows[0]!.seq));
    }
    const out = items.map(({ userId, input }) => {
      const seq = heads.get(userId)! + 1;
      heads.set(userId, seq);
      return { userId, event: { ...input, seq, at } as RealtimeEvent };
    });
    await tx.insert(events).values(out.map(({ userId, event }) => ({ userId, seq: event.seq, event })));
    for (const userId of userIds) {
      const seq = heads.get(userId)!;
      await tx.execute(sql`UPDATE event_streams SET seq = ${seq} WHERE user_id = ${userId}`);
      if (seq > REPLAY_WINDOW) await tx.delete(events).where(and(eq(events.userId, userId), lte(events.seq, seq - REPLAY_WINDOW)));
    }
    return out;
  });
}
