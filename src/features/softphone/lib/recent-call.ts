import type { CallInfo } from '../port/softphone-port';

/** A finished call as the recent-calls list keeps it (and storage persists it, per agent). */
export interface RecentCall {
  callId: string;
  direction: CallInfo['direction'];
  number: string;
  displayName: string | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
  endReason: string | null;
}
