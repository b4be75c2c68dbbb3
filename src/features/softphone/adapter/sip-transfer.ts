import { SoftphoneError } from '../lib/softphone-error';
import type { Leg } from './call-leg';
import type { CallLegs } from './call-legs';
import { referAndWait } from './refer-and-wait';
import { setHold } from './set-hold';
import type { SipUri } from './sip-js-api';
import type { SoftphoneEmitter } from './softphone-emitter';

export interface SipTransferDeps {
  legs: CallLegs;
  events: SoftphoneEmitter;
  /** How long a REFER may take before the transfer is reported failed and the legs are kept. */
  timeoutMs: number;
  targetUri(target: string): SipUri;
  dial(target: string, consultFor: string): Promise<string>;
  end(leg: Leg, reason: string): Promise<void>;
}

/** Blind transfer, and the consult (attended) transfer: consult, then complete, cancel or lose the consult. */
export class SipTransfer {
  constructor(private readonly deps: SipTransferDeps) {}

  async transferBlind(callId: string, target: string): Promise<void> {
    const leg = this.deps.legs.require(callId);
    if (leg.session.state !== 'Established') throw new SoftphoneError('not_active');
    leg.transferring = true;
    try {
      await referAndWait(leg.session, this.deps.targetUri(target), this.deps.timeoutMs);
    } catch (error) {
      leg.transferring = false;
      this.deps.events.emitError(callId, error, 'transfer_failed');
      throw error;
    }
    // The far end reported the new call answered (NOTIFY 200): only now is our leg redundant.
    await this.deps.end(leg, 'transferred');
  }

  async startConsult(callId: string, target: string): Promise<string> {
    const leg = this.deps.legs.require(callId);
    await setHold(this.deps.legs, leg, true);
    try {
      return await this.deps.dial(target, callId);
    } catch (error) {
      await setHold(this.deps.legs, leg, false).catch(() => undefined);
      this.deps.events.emitError(callId, error, 'consult_failed');
      throw error;
    }
  }

  async completeConsult(callId: string, consultCallId: string): Promise<void> {
    const { legs } = this.deps;
    const leg = legs.require(callId);
    const consult = legs.require(consultCallId);
    if (consult.session.state !== 'Established') throw new SoftphoneError('consult_not_answered');
    leg.transferring = true;
    consult.transferring = true;
    try {
      // REFER with Replaces: the customer calls the consulted party, who swaps it for our consult leg.
      await referAndWait(leg.session, consult.session, this.deps.timeoutMs);
    } catch (error) {
      leg.transferring = false;
      consult.transferring = false;
      this.deps.events.emitError(callId, error, 'transfer_failed');
      if (!legs.has(consult.id)) await setHold(legs, leg, false).catch(() => undefined);
      throw error;
    }
    await Promise.all([this.deps.end(leg, 'transferred'), this.deps.end(consult, 'transferred')]);
  }

  async cancelConsult(callId: string, consultCallId: string): Promise<void> {
    const consult = this.deps.legs.require(consultCallId);
    if (consult.info.consultFor !== callId) throw new SoftphoneError('not_a_consult');
    // The consult leg's end handler takes the customer off hold.
    await this.deps.end(consult, 'consult_cancelled');
  }

  /** No orphan legs and no customer left on hold: a consult that ends without a completed transfer gives the customer back. */
  async afterConsultEnded(leg: Leg, reason: string): Promise<void> {
    const { legs, events } = this.deps;
    const customer = leg.info.consultFor ? legs.get(leg.info.consultFor) : undefined;
    if (!customer || leg.transferring || customer.transferring) return;
    if (reason !== 'consult_cancelled' && reason !== 'local_hangup') {
      const code = reason.startsWith('call_') ? reason.replace(/^call_/, 'consult_') : 'consult_ended';
      events.emit({ type: 'error', callId: customer.id, code });
    }
    if (customer.held) await setHold(legs, customer, false).catch((error: unknown) => events.emitError(customer.id, error, 'unhold_failed'));
  }
}
