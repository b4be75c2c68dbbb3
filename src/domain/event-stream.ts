import type { RealtimeEvent } from '@/contract/events';

/** How many events per user a server keeps for replay. Older resumes are told to resync. */
export const REPLAY_WINDOW = 500;

/** A realtime event as a publisher writes it: the stream stamps `seq` and `at`. */
export type RealtimeEventInput = RealtimeEvent extends infer E ? (E extends RealtimeEvent ? Omit<E, 'seq' | 'at'> : never) : never;

/** One user's stream: the last seq given, and the events kept for replay (oldest first). */
export interface EventStream {
  seq: number;
  kept: RealtimeEvent[];
}

export function emptyStream(): EventStream {
  return { seq: 0, kept: [] };
}

/** Stamps the next seq (gapless, increasing per user) and keeps the event within the replay window. */
export function appendEvent(stream: EventStream, input: RealtimeEventInput, now: number, window = REPLAY_WINDOW): { stream: EventStream; event: RealtimeEvent } {
  const event = { ...input, seq: stream.seq + 1, at: new Date(now).toISOString() } as RealtimeEvent;
  const kept = [...stream.kept, event];
  if (kept.length > window) kept.splice(0, kept.length - window);
  return { stream: { seq: event.seq, kept }, event };
}

export type ResumePlan =
  | { kind: 'fresh'; lastSeq: number }
  | { kind: 'replay'; fromSeq: number; lastSeq: number }
  | { kind: 'resync'; lastSeq: number };

/**
 * What to answer a `hello` after `lastSeq`: nothing to replay on a fresh start; the events after `lastSeq`
 * when the kept window still reaches back to it; otherwise resync — the client is ahead of us (our history
 * restarted) or behind what we keep.
 */
export function planResume(current: { seq: number; oldestKeptSeq: number | null }, lastSeq: number | null): ResumePlan {
  if (lastSeq === null) return { kind: 'fresh', lastSeq: current.seq };
  const oldest = current.oldestKeptSeq ?? current.seq + 1;
  if (lastSeq > current.seq || lastSeq < oldest - 1) return { kind: 'resync', lastSeq: current.seq };
  return { kind: 'replay', fromSeq: lastSeq + 1, lastSeq: current.seq };
}
