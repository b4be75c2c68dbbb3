import type { CallLegs } from './call-legs';
import { peerConnectionOf } from './session-media';
import type { SoftphoneEmitter } from './softphone-emitter';

/** Reads every established call's getStats() once an interval while any call is up, and reports its quality. */
export class CallQualitySampler {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly legs: CallLegs,
    private readonly events: SoftphoneEmitter,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sample(): Promise<void> {
    for (const leg of [...this.legs.values()]) {
      const pc = peerConnectionOf(leg.session);
      if (!pc || leg.session.state !== 'Established') continue;
      try {
        const report = await pc.getStats();
        const expectingAudio = !leg.held && leg.info.state === 'active';
        const quality = leg.quality.sample(report.values() as Iterable<{ type: string }>, Date.now(), expectingAudio);
        if (this.legs.has(leg.id)) this.events.emit({ type: 'quality', quality });
      } catch {
        // a peer connection closing under us: the leg's end follows
      }
    }
  }
}
