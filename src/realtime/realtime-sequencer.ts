import type { RealtimeEvent } from '@/contract/events';

export interface RealtimeSequencer {
  /** The position to send in `hello`; also marks the start of the server's replay. */
  beginResume(): number | null;
  /** 'gap' asks the caller to reconnect and resume from `lastSeq` (the event itself was not applied). */
  receive(event: RealtimeEvent): 'applied' | 'duplicate' | 'gap';
  /** An event this build cannot read (e.g. a newer server's type). */
  skipUnreadable(seq: number): void;
  ready(serverSeq: number): void;
  resync(serverSeq: number): void;
  /** The socket went away mid-replay. */
  interrupt(): void;
  lastSeq(): number | null;
  reset(): void;
}

/** Gap-triggered resumes in a row before giving up on resuming and resyncing instead. */
const MAX_GAP_RESUMES = 2;

/**
 * Applies each seq exactly once and in order: drops what was already applied, turns a hole in a live
 * stream into a resume, and a hole the server itself cannot fill into a resync (refetch).
 */
export function createSequencer(apply: (event: RealtimeEvent) => void, onResync: (lastSeq: number) => void): RealtimeSequencer {
  let last: number | null = null;
  let helloSeq: number | null = null;
  let replaying = false;
  let gapResumes = 0;

  function resync(serverSeq: number) {
    last = serverSeq;
    onResync(serverSeq);
  }

  return {
    beginResume() {
      replaying = true;
      helloSeq = last;
      return last;
    },
    receive(event) {
      if (last !== null && event.seq <= last) return 'duplicate';
      if (last !== null && event.seq > last + 1) {
        if (!replaying && gapResumes < MAX_GAP_RESUMES) {
          gapResumes += 1;
          return 'gap';
        }
        resync(event.seq - 1);
      }
      if (!replaying) gapResumes = 0;
      last = event.seq;
      apply(event);
      return 'applied';
    },
    skipUnreadable(seq) {
      // Counted as delivered: otherwise the next event would look like a gap, and resuming would loop on it.
      if (last === null || seq === last + 1) last = seq;
    },
    ready(serverSeq) {
      replaying = false;
      if (last === null) last = serverSeq;
      // Below what we asked to resume from: the server's history restarted. Above what we now hold: it
      // skipped events we never got. Either way only a refetch is correct. (A live event sent just before
      // `ready` leaves us above `serverSeq`, which is fine.)
      else if ((helloSeq !== null && serverSeq < helloSeq) || serverSeq > last) resync(serverSeq);
    },
    resync(serverSeq) {
      replaying = false;
      resync(serverSeq);
    },
    interrupt() {
      replaying = false;
    },
    lastSeq: () => last,
    reset() {
      last = helloSeq = null;
      replaying = false;
      gapResumes = 0;
    },
  };
}
