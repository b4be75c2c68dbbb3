import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallQuality } from '../port/softphone-port';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  vi.useFakeTimers();
  bed = createSipJsTestbed({ statsIntervalMs: 1000 });
  await bed.register();
});

afterEach(async () => {
  await bed.dispose();
  vi.useRealTimers();
});

const samples = (callId: string): CallQuality[] =>
  bed.events.flatMap((e) => (e.type === 'quality' && e.quality.callId === callId ? [e.quality] : []));

describe('call quality sampling over fake sip.js', () => {
  it('reports every established call once a second, from its getStats', async () => {
    const { callId, session } = await bed.answeredCall();
    session.peerConnection!.inbound.bytesReceived = 8000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(samples(callId).at(-1)).toMatchObject({ inboundBytes: 8000, rttMs: 20, jitterMs: 2, inboundStalled: false });
    expect(samples(callId).at(-1)?.mos).toBeGreaterThan(4);
  });

  it('inbound audio that stops growing for 3 s while active is reported stalled (one-way audio)', async () => {
    const { callId, session } = await bed.answeredCall();
    session.peerConnection!.inbound.bytesReceived = 8000;
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(samples(callId).at(-1)?.inboundStalled).toBe(true);
  });

  it('no inbound audio while held is expected, not stalled', async () => {
    const { callId } = await bed.answeredCall();
    await bed.port.hold(callId);
    await vi.advanceTimersByTimeAsync(5000);
    expect(samples(callId).every((q) => !q.inboundStalled)).toBe(true);
  });

  it('stops sampling once the last call ended', async () => {
    const { callId, session } = await bed.answeredCall();
    session.farEndHangsUp();
    await vi.advanceTimersByTimeAsync(1);
    const count = bed.events.filter((e) => e.type === 'quality').length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(bed.events.filter((e) => e.type === 'quality')).toHaveLength(count);
    expect(bed.call(callId)?.state).toBe('ended');
  });
});
