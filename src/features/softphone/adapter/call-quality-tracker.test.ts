import { describe, expect, it } from 'vitest';
import { CallQualityTracker, INBOUND_STALL_MS } from './call-quality-tracker';

const report = (bytesReceived: number, packetsReceived: number, packetsLost: number) => [
  { type: 'inbound-rtp', kind: 'audio', bytesReceived, packetsReceived, packetsLost, jitter: 0.004 },
  { type: 'outbound-rtp', kind: 'audio', bytesSent: 1000 },
  { type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: 0.02 },
];

describe('CallQualityTracker', () => {
  it('reads rtt, jitter and per-interval loss', () => {
    const t = new CallQualityTracker('c1', 0);
    t.sample(report(1000, 100, 0), 1000, true);
    const q = t.sample(report(2000, 190, 10), 2000, true);
    expect(q).toMatchObject({ callId: 'c1', rttMs: 20, jitterMs: 4, lossPct: 10, inboundBytes: 2000, outboundBytes: 1000, inboundStalled: false });
    expect(q.mos).toBeGreaterThan(1);
  });

  it('flags one-way audio once inbound bytes stop growing for 3 s while active', () => {
    const t = new CallQualityTracker('c1', 0);
    expect(t.sample(report(500, 10, 0), 1000, true).inboundStalled).toBe(false);
    expect(t.sample(report(500, 10, 0), 1000 + INBOUND_STALL_MS - 1, true).inboundStalled).toBe(false);
    expect(t.sample(report(500, 10, 0), 1000 + INBOUND_STALL_MS, true).inboundStalled).toBe(true);
    expect(t.sample(report(900, 20, 0), 5000, true).inboundStalled).toBe(false);
  });

  it('does not flag silence that is expected (held)', () => {
    const t = new CallQualityTracker('c1', 0);
    t.sample(report(500, 10, 0), 1000, true);
    expect(t.sample(report(500, 10, 0), 9000, false).inboundStalled).toBe(false);
    expect(t.sample(report(500, 10, 0), 10000, true).inboundStalled).toBe(false);
  });

  it('falls back to the candidate pair round trip when RTCP has none yet', () => {
    const t = new CallQualityTracker('c1', 0);
    const q = t.sample([{ type: 'candidate-pair', nominated: true, state: 'succeeded', currentRoundTripTime: 0.003 }], 1000, false);
    expect(q.rttMs).toBe(3);
    expect(q.lossPct).toBeNull();
  });
});
