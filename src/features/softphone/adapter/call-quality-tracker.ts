import type { CallQuality } from '../port/softphone-port';
import { estimateMos } from './estimate-mos';

/** Inbound audio that has not grown for this long while a call is active is one-way audio. */
export const INBOUND_STALL_MS = 3000;

interface StatLike {
  type: string;
  kind?: string;
  mediaType?: string;
  bytesReceived?: number;
  bytesSent?: number;
  packetsReceived?: number;
  packetsLost?: number;
  jitter?: number;
  roundTripTime?: number;
  currentRoundTripTime?: number;
  state?: string;
  nominated?: boolean;
  selected?: boolean;
}

/**
 * Turns successive getStats() reports of one call into CallQuality samples.
 * Loss is measured per interval (what the agent hears now), not over the whole call.
 */
export class CallQualityTracker {
  private lastInboundBytes = 0;
  private lastGrowthAt: number;
  private lastPacketsReceived = 0;
  private lastPacketsLost = 0;

  constructor(
    private readonly callId: string,
    now: number,
  ) {
    this.lastGrowthAt = now;
  }

  /** While held (or not yet active) no inbound audio is expected: restart the stall clock. */
  expectSilence(now: number): void {
    this.lastGrowthAt = now;
  }

  sample(report: Iterable<StatLike>, now: number, expectingAudio: boolean): CallQuality {
    let inboundBytes = 0;
    let outboundBytes = 0;
    let packetsReceived = 0;
    let packetsLost = 0;
    let jitterMs: number | null = null;
    let rttMs: number | null = null;
    let pairRttMs: number | null = null;

    for (const s of report) {
      const kind = s.kind ?? s.mediaType;
      if (s.type === 'inbound-rtp' && kind === 'audio') {
        inboundBytes += s.bytesReceived ?? 0;
        packetsReceived += s.packetsReceived ?? 0;
        packetsLost += s.packetsLost ?? 0;
        if (typeof s.jitter === 'number') jitterMs = s.jitter * 1000;
      } else if (s.type === 'outbound-rtp' && kind === 'audio') {
        outboundBytes += s.bytesSent ?? 0;
      } else if (s.type === 'remote-inbound-rtp' && kind === 'audio' && typeof s.roundTripTime === 'number') {
        rttMs = s.roundTripTime * 1000;
      } else if (s.type === 'candidate-pair' && (s.nominated || s.selected) && s.state === 'succeeded' && typeof s.currentRoundTripTime === 'number') {
        pairRttMs = s.currentRoundTripTime * 1000;
      }
    }
    rttMs ??= pairRttMs;

    const receivedDelta = Math.max(0, packetsReceived - this.lastPacketsReceived);
    const lostDelta = Math.max(0, packetsLost - this.lastPacketsLost);
    const lossPct = receivedDelta + lostDelta > 0 ? (100 * lostDelta) / (receivedDelta + lostDelta) : null;
    this.lastPacketsReceived = packetsReceived;
    this.lastPacketsLost = packetsLost;

    if (inboundBytes > this.lastInboundBytes || !expectingAudio) this.lastGrowthAt = now;
    this.lastInboundBytes = Math.max(this.lastInboundBytes, inboundBytes);
    const inboundStalled = expectingAudio && now - this.lastGrowthAt >= INBOUND_STALL_MS;

    const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
    return {
      callId: this.callId,
      rttMs: round(rttMs),
      jitterMs: round(jitterMs),
      lossPct: round(lossPct),
      mos: estimateMos({ rttMs, jitterMs, lossPct }),
      inboundBytes,
      outboundBytes,
      inboundStalled,
    };
  }
}
