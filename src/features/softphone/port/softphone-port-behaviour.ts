import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SoftphoneError } from '../lib/softphone-error';
import type { CallInfo, CallState, RegistrationState, SipSettings, SoftphoneEvent, SoftphonePort } from './softphone-port';

/** How a number answers when dialed, consulted or transferred to. */
export type FarEndOutcome = 'answer' | 'ring' | 'busy' | 'not_found';

/** A port under test and the far end it talks to: registrar, customers and expert seats. */
export interface SoftphonePortHarness {
  readonly port: SoftphonePort;
  readonly settings: SipSettings;
  /** Someone calls the agent; returns the ringing call's id. */
  ringInbound(from: string): string;
  /** How `target` answers from now on; unknown numbers answer. */
  setTarget(target: string, outcome: FarEndOutcome): void;
  /** A number set to 'ring' picks up. */
  answerFarEnd(callId: string): void;
  hangUpFarEnd(callId: string): void;
  sendDtmfFromFarEnd(callId: string, tone: string): void;
  dtmfReceivedByFarEnd(callId: string): string[];
  /** The registrar refuses this seat's credentials from now on. */
  refuseCredentials(): void;
  /** Hold and unhold answers wait until confirmHolds(). */
  deferHoldAnswers(): void;
  confirmHolds(): void;
  dispose(): Promise<void>;
}

/**
 * What every SoftphonePort must do, run against the fake (port/fake-softphone, used by unit tests and mock
 * mode) and against the sip.js adapter over fake sip.js, so the fake cannot drift from the real phone.
 * Where they differ the adapter is right: it is the one the voice tests prove against Kamailio.
 */
export function softphonePortBehaviour(name: string, makeHarness: () => SoftphonePortHarness | Promise<SoftphonePortHarness>): void {
  describe(`SoftphonePort behaviour: ${name}`, () => {
    let h: SoftphonePortHarness;
    let events: SoftphoneEvent[];

    beforeEach(async () => {
      h = await makeHarness();
      events = [];
      h.port.subscribe((event) => events.push(event));
    });

    afterEach(() => h.dispose());

    const call = (id: string): CallInfo | undefined => events.flatMap((e) => (e.type === 'call' && e.call.callId === id ? [e.call] : [])).at(-1);
    const states = (id: string): CallState[] =>
      events.flatMap((e) => (e.type === 'call' && e.call.callId === id ? [e.call.state] : [])).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    const registrations = (): RegistrationState[] => events.flatMap((e) => (e.type === 'registration' ? [e.state] : []));
    const errors = () => events.flatMap((e) => (e.type === 'error' ? [{ callId: e.callId, code: e.code }] : []));
    const until = (check: () => boolean) =>
      vi.waitFor(
        () => {
          if (!check()) throw new Error('not yet');
        },
        { timeout: 2000, interval: 2 },
      );
    const register = () => h.port.register(h.settings);
    const answeredCall = async (from = '13800138000') => {
      const id = h.ringInbound(from);
      await h.port.answer(id);
      await until(() => call(id)?.state === 'active');
      return id;
    };
    const consulting = async () => {
      const customer = await answeredCall();
      const consult = await h.port.startConsult(customer, '2001');
      await until(() => call(consult)?.state === 'active');
      return { customer, consult };
    };

    it('registers: registering, then registered', async () => {
      await register();
      expect(registrations().slice(-2)).toEqual(['registering', 'registered']);
    });

    it('refused credentials: failed with invalid_credentials, and register rejects with that code', async () => {
      h.refuseCredentials();
      await expect(register()).rejects.toMatchObject({ code: 'invalid_credentials' });
      expect(events.filter((e) => e.type === 'registration').at(-1)).toEqual({ type: 'registration', state: 'failed', error: 'invalid_credentials' });
    });

    it('refuses to dial while not registered', async () => {
      await expect(h.port.dial('10086')).rejects.toMatchObject({ code: 'not_registered' });
    });

    describe('once registered', () => {
      beforeEach(register);

      it("an inbound call rings with the caller's number", () => {
        const id = h.ringInbound('13800138000');
        expect(call(id)).toMatchObject({ direction: 'inbound', state: 'ringing', remoteNumber: '13800138000', answeredAt: null });
      });

      it('answer makes the call active, with answeredAt', async () => {
        const id = await answeredCall();
        expect(states(id)).toEqual(['ringing', 'active']);
        expect(call(id)?.answeredAt).toEqual(expect.any(Number));
      });

      it('hold is reported only once the far end confirmed it', async () => {
        const id = await answeredCall();
        h.deferHoldAnswers();
        const holding = h.port.hold(id);
        await new Promise((r) => setTimeout(r, 10));
        expect(call(id)?.state).toBe('active');
        h.confirmHolds();
        await holding;
        expect(call(id)?.state).toBe('held');
      });

      it('unhold makes a held call active again', async () => {
        const id = await answeredCall();
        await h.port.hold(id);
        await h.port.unhold(id);
        expect(states(id)).toEqual(['ringing', 'active', 'held', 'active']);
      });

      it('hangup ends the call as local_hangup', async () => {
        const id = await answeredCall();
        await h.port.hangup(id);
        expect(call(id)).toMatchObject({ state: 'ended', endReason: 'local_hangup' });
      });

      it('the far end hanging up ends the call as remote_hangup', async () => {
        const id = await answeredCall();
        h.hangUpFarEnd(id);
        await until(() => call(id)?.state === 'ended');
        expect(call(id)?.endReason).toBe('remote_hangup');
      });

      it('the caller giving up while it rings ends the call as remote_cancel', async () => {
        const id = h.ringInbound('13800138000');
        h.hangUpFarEnd(id);
        await until(() => call(id)?.state === 'ended');
        expect(call(id)?.endReason).toBe('remote_cancel');
      });

      it('reject ends a ringing call as rejected', async () => {
        const id = h.ringInbound('13800138000');
        await h.port.reject(id);
        await until(() => call(id)?.state === 'ended');
        expect(call(id)?.endReason).toBe('rejected');
      });

      it('a dialed call goes dialing → early → active when the far end answers', async () => {
        h.setTarget('10086', 'ring');
        const id = await h.port.dial('10086');
        await until(() => call(id)?.state === 'early');
        h.answerFarEnd(id);
        await until(() => call(id)?.state === 'active');
        expect(states(id)).toEqual(['dialing', 'early', 'active']);
        expect(call(id)).toMatchObject({ direction: 'outbound', remoteNumber: '10086' });
      });

      it('a busy number ends the dial as call_target_busy, and says so', async () => {
        h.setTarget('10086', 'busy');
        const id = await h.port.dial('10086');
        await until(() => call(id)?.state === 'ended');
        expect(call(id)?.endReason).toBe('call_target_busy');
        expect(errors()).toContainEqual({ callId: id, code: 'call_target_busy' });
      });

      it('mute and unmute are reported on the call', async () => {
        const id = await answeredCall();
        h.port.mute(id, true);
        expect(call(id)?.muted).toBe(true);
        h.port.mute(id, false);
        expect(call(id)?.muted).toBe(false);
      });

      it('DTMF reaches the far end, tone by tone', async () => {
        const id = await answeredCall();
        h.port.sendDtmf(id, '1#');
        await until(() => h.dtmfReceivedByFarEnd(id).length === 2);
        expect(h.dtmfReceivedByFarEnd(id)).toEqual(['1', '#']);
        expect(events.some((e) => e.type === 'dtmf'), 'sent tones are not dtmf events').toBe(false);
      });

      it("the far end's DTMF is reported", async () => {
        const id = await answeredCall();
        h.sendDtmfFromFarEnd(id, '5');
        expect(events).toContainEqual({ type: 'dtmf', callId: id, tone: '5' });
      });

      it('DTMF that is not a key is refused with invalid_dtmf', async () => {
        const id = await answeredCall();
        expect(() => h.port.sendDtmf(id, '1x')).toThrow(expect.objectContaining({ code: 'invalid_dtmf' }));
      });

      it('blind transfer ends the call as transferred once the target answered', async () => {
        const id = await answeredCall();
        await h.port.transferBlind(id, '2001');
        expect(call(id)).toMatchObject({ state: 'ended', endReason: 'transferred' });
      });

      it.each([
        ['busy', 'transfer_target_busy'],
        ['not_found', 'transfer_target_not_found'],
      ] as const)('blind transfer to a %s target is refused with %s, and the customer stays', async (outcome, code) => {
        const id = await answeredCall();
        h.setTarget('2009', outcome);
        await expect(h.port.transferBlind(id, '2009')).rejects.toMatchObject({ code });
        expect(errors()).toContainEqual({ callId: id, code });
        expect(call(id)?.state).toBe('active');
      });

      it('consult holds the customer and dials the consult leg for it', async () => {
        const { customer, consult } = await consulting();
        expect(call(customer)?.state).toBe('held');
        expect(call(consult)).toMatchObject({ direction: 'outbound', remoteNumber: '2001', consultFor: customer });
      });

      it('completing a consult transfers both calls', async () => {
        const { customer, consult } = await consulting();
        await h.port.completeConsult(customer, consult);
        expect(call(customer)).toMatchObject({ state: 'ended', endReason: 'transferred' });
        expect(call(consult)).toMatchObject({ state: 'ended', endReason: 'transferred' });
        expect(errors()).toEqual([]);
      });

      it('cancelling a consult ends it and gives the customer back off hold', async () => {
        const { customer, consult } = await consulting();
        await h.port.cancelConsult(customer, consult);
        expect(call(consult)).toMatchObject({ state: 'ended', endReason: 'consult_cancelled' });
        expect(call(customer)?.state).toBe('active');
        expect(errors()).toEqual([]);
      });

      it('a busy consult target gives the customer back off hold, with consult_target_busy', async () => {
        const customer = await answeredCall();
        h.setTarget('2002', 'busy');
        const consult = await h.port.startConsult(customer, '2002');
        await until(() => call(consult)?.state === 'ended' && call(customer)?.state === 'active');
        expect(call(consult)?.endReason).toBe('call_target_busy');
        expect(errors()).toEqual([{ callId: customer, code: 'consult_target_busy' }]);
      });

      it('the consulted party hanging up gives the customer back, with consult_ended', async () => {
        const { customer, consult } = await consulting();
        h.hangUpFarEnd(consult);
        await until(() => call(customer)?.state === 'active');
        expect(errors()).toEqual([{ callId: customer, code: 'consult_ended' }]);
      });

      it('the customer hanging up during a consult leaves the consult an ordinary call', async () => {
        const { customer, consult } = await consulting();
        h.hangUpFarEnd(customer);
        await until(() => call(consult)?.consultFor === null);
        expect(call(consult)?.state).toBe('active');
      });

      it('a conference of two calls: both active, each in conference with the other', async () => {
        const { customer, consult } = await consulting();
        await h.port.conference([customer, consult]);
        expect(call(customer)).toMatchObject({ state: 'active', conferenceWith: [consult] });
        expect(call(consult)).toMatchObject({ state: 'active', conferenceWith: [customer], consultFor: null });
      });

      it('a party leaving the conference leaves the other a plain call', async () => {
        const { customer, consult } = await consulting();
        await h.port.conference([customer, consult]);
        h.hangUpFarEnd(consult);
        await until(() => call(customer)?.conferenceWith.length === 0);
        expect(call(customer)?.state).toBe('active');
      });

      it('a conference needs two calls', async () => {
        const id = await answeredCall();
        await expect(h.port.conference([id])).rejects.toMatchObject({ code: 'conference_needs_two_calls' });
      });

      it('refusals are SoftphoneErrors with a code', async () => {
        const ringing = h.ringInbound('13800138000');
        const refusals = [h.port.answer('gone'), h.port.hold(ringing), h.port.transferBlind(ringing, '2001')];
        const results = await Promise.allSettled(refusals);
        const reasons = results.map((r) => (r.status === 'rejected' ? r.reason : r));
        for (const reason of reasons) expect(reason).toBeInstanceOf(SoftphoneError);
        expect(reasons.map((r) => (r as SoftphoneError).code)).toEqual(['unknown_call', 'not_active', 'not_active']);
      });

      it('unregister ends the live calls and reports unregistered', async () => {
        const id = await answeredCall();
        await h.port.unregister();
        await until(() => call(id)?.state === 'ended');
        expect(call(id)?.endReason).toBe('unregistered');
        expect(registrations().at(-1)).toBe('unregistered');
      });
    });
  });
}
