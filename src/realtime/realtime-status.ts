export type RealtimeConnectionState = 'connecting' | 'open' | 'reconnecting' | 'offline' | 'closed';

export interface RealtimeStatus {
  state: RealtimeConnectionState;
  /** Consecutive failed attempts since the stream was last live; 0 while open. */
  attempt: number;
  /** Epoch ms of the next scheduled attempt, or null when none is scheduled. */
  nextRetryAt: number | null;
  /** Why the client stopped, when state is 'closed'. */
  closedReason: 'stopped' | 'unauthorized' | null;
}

export const initialRealtimeStatus: RealtimeStatus = { state: 'closed', attempt: 0, nextRetryAt: null, closedReason: 'stopped' };
