import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  bed = createSipJsTestbed({ transferTimeoutMs: 200 });
  await bed.register();
});

afterEach(() => bed.dispose());

describe('blind transfer over fake sip.js', () => {
  it('REFERs to the target at our domain, and a NOTIFY that it merely rings does not end our leg', async () => {
    const { callId, session } = await bed.answeredCall();
    bed.sipJs.setOutcome('2001', 'ring');
    const transferring = bed.port.transferBlind(callId, '2001');
    await bed.until(() => session.refers.length === 1);
    expect(String(session.refers[0])).toBe('sip:2001@zuoxi.test');
    await new Promise((r) => setTimeout(r, 20));
    expect(session.byeSent, 'NOTIFY 100/180 is not the end of our leg').toBe(false);
    await expect(transferring).rejects.toMatchObject({ code: 'transfer_timeout' });
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('ends the leg as transferred once the target answered', async () => {
    const { callId, session } = await bed.answeredCall();
    await bed.port.transferBlind(callId, '2001');
    expect(session.byeSent).toBe(true);
    expect(bed.call(callId)).toMatchObject({ state: 'ended', endReason: 'transferred' });
  });

  it.each([
    [486, 'transfer_target_busy'],
    [404, 'transfer_target_not_found'],
  ])('a NOTIFY %i keeps the customer with the agent and reports %s', async (status, code) => {
    const { callId, session } = await bed.answeredCall();
    bed.sipJs.setOutcome('2009', status);
    await expect(bed.port.transferBlind(callId, '2009')).rejects.toMatchObject({ name: 'SoftphoneError', code });
    expect(bed.errors()).toContainEqual({ callId, code });
    expect(session.byeSent).toBe(false);
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('a refused REFER is reported and keeps the call', async () => {
    const { callId, session } = await bed.answeredCall();
    session.referAnswer = 403;
    await expect(bed.port.transferBlind(callId, '2001')).rejects.toMatchObject({ code: 'transfer_failed' });
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('a call not yet answered cannot be transferred', async () => {
    const session = bed.sipJs.ring('13800138000');
    await expect(bed.port.transferBlind(session.id, '2001')).rejects.toMatchObject({ code: 'not_active' });
  });
});

describe('consult transfer over fake sip.js', () => {
  it('holds the customer before dialing the consult leg', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 'manual';
    const consulting = bed.port.startConsult(callId, '2001');
    await bed.until(() => session.reinvitePending);
    expect(bed.sipJs.sessions).toHaveLength(1);
    session.answerReinvite(200);
    const consultId = await consulting;
    expect(bed.call(callId)?.state).toBe('held');
    expect(bed.call(consultId)).toMatchObject({ direction: 'outbound', consultFor: callId, remoteNumber: '2001' });
  });

  it('complete REFERs the customer to the consult dialog (Replaces) and ends both legs after NOTIFY 200', async () => {
    const { callId, session } = await bed.answeredCall();
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(consultId)?.state === 'active');
    await bed.port.completeConsult(callId, consultId);
    expect(session.refers[0]).toBe(bed.sipJs.session(consultId));
    expect(bed.call(callId)).toMatchObject({ state: 'ended', endReason: 'transferred' });
    expect(bed.call(consultId)).toMatchObject({ state: 'ended', endReason: 'transferred' });
    expect(bed.errors()).toEqual([]);
  });

  it('complete before the consulted party answered is refused with consult_not_answered', async () => {
    const { callId } = await bed.answeredCall();
    bed.sipJs.setOutcome('2001', 'ring');
    const consultId = await bed.port.startConsult(callId, '2001');
    await expect(bed.port.completeConsult(callId, consultId)).rejects.toMatchObject({ code: 'consult_not_answered' });
  });

  it('a refused completion reports the failure and keeps both legs', async () => {
    const { callId, session } = await bed.answeredCall();
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(consultId)?.state === 'active');
    session.referAnswer = 403;
    await expect(bed.port.completeConsult(callId, consultId)).rejects.toMatchObject({ code: 'transfer_failed' });
    expect(bed.errors()).toContainEqual({ callId, code: 'transfer_failed' });
    expect([bed.call(callId)?.state, bed.call(consultId)?.state]).toEqual(['held', 'active']);
  });

  it('cancel hangs up the consult leg and resolves with the customer off hold', async () => {
    const { callId, session } = await bed.answeredCall();
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(consultId)?.state === 'active');
    await bed.port.cancelConsult(callId, consultId);
    expect(bed.call(consultId)?.endReason).toBe('consult_cancelled');
    expect(bed.call(callId)?.state).toBe('active');
    expect(session.reinvites.map((r) => r.hold)).toEqual([true, false]);
    expect(bed.errors()).toEqual([]);
  });

  it('cancel of a call that is not that consult is refused with not_a_consult', async () => {
    const { callId } = await bed.answeredCall();
    const other = await bed.dialedCall('10086');
    await expect(bed.port.cancelConsult(callId, other)).rejects.toMatchObject({ code: 'not_a_consult' });
  });

  it.each([
    [486, 'consult_target_busy'],
    [404, 'consult_target_not_found'],
  ])('a consult refused with %i gives the customer back off hold with %s', async (status, code) => {
    const { callId } = await bed.answeredCall();
    bed.sipJs.setOutcome('2001', status);
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(callId)?.state === 'active');
    expect(bed.call(consultId)).toMatchObject({ state: 'ended', endReason: `call_target_${status === 486 ? 'busy' : 'not_found'}` });
    expect(bed.errors()).toEqual([{ callId, code }]);
  });

  it('the consulted party hanging up gives the customer back with consult_ended', async () => {
    const { callId } = await bed.answeredCall();
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(consultId)?.state === 'active');
    bed.sipJs.session(consultId).farEndHangsUp();
    await bed.until(() => bed.call(callId)?.state === 'active');
    expect(bed.errors()).toEqual([{ callId, code: 'consult_ended' }]);
  });

  it('the customer hanging up during the consult leaves the consult leg as an ordinary call', async () => {
    const { callId, session } = await bed.answeredCall();
    const consultId = await bed.port.startConsult(callId, '2001');
    await bed.until(() => bed.call(consultId)?.state === 'active');
    session.farEndHangsUp();
    await bed.until(() => bed.call(consultId)?.consultFor === null);
    expect(bed.call(consultId)?.state).toBe('active');
  });

  it('a consult that cannot be dialed unholds the customer and says why', async () => {
    const { callId } = await bed.answeredCall();
    await expect(bed.port.startConsult(callId, ' ')).rejects.toMatchObject({ code: 'invalid_target' });
    expect(bed.call(callId)?.state).toBe('active');
    expect(bed.errors()).toEqual([{ callId, code: 'invalid_target' }]);
  });
});

describe('transfer timing', () => {
  it('gives up after transferTimeoutMs without a final NOTIFY', async () => {
    vi.useFakeTimers();
    try {
      const { callId } = await bed.answeredCall();
      bed.sipJs.setOutcome('2001', 'ring');
      const transferring = expect(bed.port.transferBlind(callId, '2001')).rejects.toMatchObject({ code: 'transfer_timeout' });
      await vi.advanceTimersByTimeAsync(199);
      expect(bed.call(callId)?.state).toBe('active');
      await vi.advanceTimersByTimeAsync(1);
      await transferring;
      expect(bed.errors()).toContainEqual({ callId, code: 'transfer_timeout' });
    } finally {
      await vi.advanceTimersByTimeAsync(3000);
      vi.useRealTimers();
    }
  });
});
