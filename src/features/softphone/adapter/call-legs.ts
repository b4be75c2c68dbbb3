import type { CallInfo } from '../port/softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import type { Leg } from './call-leg';
import type { SoftphoneEmitter } from './softphone-emitter';

/** The live legs by call id, and the one way a leg's change reaches the UI. */
export class CallLegs {
  private readonly legs = new Map<string, Leg>();

  constructor(private readonly events: SoftphoneEmitter) {}

  get size(): number {
    return this.legs.size;
  }

  add(leg: Leg): void {
    this.legs.set(leg.id, leg);
  }

  get(callId: string): Leg | undefined {
    return this.legs.get(callId);
  }

  has(callId: string): boolean {
    return this.legs.has(callId);
  }

  delete(callId: string): void {
    this.legs.delete(callId);
  }

  values(): IterableIterator<Leg> {
    return this.legs.values();
  }

  require(callId: string): Leg {
    const leg = this.legs.get(callId);
    if (!leg) throw new SoftphoneError('unknown_call');
    return leg;
  }

  update(leg: Leg, patch: Partial<CallInfo>): void {
    leg.info = { ...leg.info, ...patch };
    this.emitCall(leg);
  }

  emitCall(leg: Leg): void {
    this.events.emit({ type: 'call', call: { ...leg.info, conferenceWith: [...leg.info.conferenceWith] } });
  }
}
