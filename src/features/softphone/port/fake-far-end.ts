/** How a number reacts when dialed, consulted or transferred to: answers ('ok'), refuses, or only rings. */
export type TargetOutcome = 'ok' | 'busy' | 'not_found' | 'ring';

/**
 * The fake port's network and everyone on it: each reaction comes one round trip later, holds are
 * confirmed by the far end (at once, or when the test says), and each number answers as it was told.
 */
export class FakeFarEnd {
  private readonly outcomes = new Map<string, TargetOutcome>();
  private holdMode: 'auto' | 'manual' = 'auto';
  private pendingHolds: (() => void)[] = [];

  constructor(
    /** Delay of every simulated network round trip; 0 resolves on the next microtask (unit tests). */
    private readonly delayMs: number,
    /** How long a transfer to a target that only rings waits for its answer, as the adapter's REFER does. */
    private readonly transferTimeoutMs: number,
  ) {}

  roundTrip(): Promise<void> {
    if (this.delayMs <= 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  /** The far end answers a hold or unhold re-INVITE. */
  confirmsHold(): Promise<void> {
    if (this.holdMode === 'manual') return new Promise((resolve) => this.pendingHolds.push(resolve));
    return this.roundTrip();
  }

  setHoldMode(mode: 'auto' | 'manual'): void {
    this.holdMode = mode;
  }

  confirmHolds(): void {
    const pending = this.pendingHolds;
    this.pendingHolds = [];
    for (const resolve of pending) resolve();
  }

  setOutcome(target: string, outcome: TargetOutcome): void {
    this.outcomes.set(target, outcome);
  }

  outcomeFor(target: string): TargetOutcome {
    return this.outcomes.get(target) ?? 'ok';
  }

  /** What the NOTIFYs after a REFER to `target` end up saying; a target that only rings never answers in time. */
  async referOutcome(target: string): Promise<TargetOutcome | 'invalid'> {
    if (!target.trim()) return 'invalid';
    await this.roundTrip();
    const outcome = this.outcomeFor(target.trim());
    if (outcome === 'ring') await new Promise((resolve) => setTimeout(resolve, this.transferTimeoutMs));
    return outcome;
  }
}
