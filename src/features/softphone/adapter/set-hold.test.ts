import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  bed = createSipJsTestbed();
  await bed.register();
});

afterEach(() => bed.dispose());

describe('hold, unhold and the re-INVITE queue over fake sip.js', () => {
  it('held is reported only once the far end answered the re-INVITE', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 'manual';
    const holding = bed.port.hold(callId);
    await bed.until(() => session.reinvitePending);
    expect(bed.call(callId)?.state).toBe('active');
    session.answerReinvite(200);
    await holding;
    expect(bed.call(callId)?.state).toBe('held');
    expect(session.reinvites).toEqual([{ hold: true }]);
  });

  it('a hold silences both directions; unhold brings them back', async () => {
    const { callId, session } = await bed.answeredCall();
    const pc = session.peerConnection!;
    await bed.port.hold(callId);
    expect([pc.senders[0]!.track!.enabled, pc.receivers[0]!.track.enabled]).toEqual([false, false]);
    await bed.port.unhold(callId);
    expect([pc.senders[0]!.track!.enabled, pc.receivers[0]!.track.enabled]).toEqual([true, true]);
    expect(bed.states(callId)).toEqual(['ringing', 'active', 'held', 'active']);
  });

  it('a hold and an unhold in a row never leave two re-INVITEs pending', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 'manual';
    const holding = bed.port.hold(callId);
    const unholding = bed.port.unhold(callId);
    await bed.until(() => session.reinvitePending);
    expect(session.reinvites).toHaveLength(1);
    session.answerReinvite(200);
    await holding;
    await bed.until(() => session.reinvites.length === 2);
    session.answerReinvite(200);
    await unholding;
    expect(session.reinvites).toEqual([{ hold: true }, { hold: false }]);
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('a refused hold is reported with its status and leaves the call active and unheld for the next try', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 491;
    await expect(bed.port.hold(callId)).rejects.toMatchObject({ code: 'hold_rejected_491' });
    expect(bed.call(callId)?.state).toBe('active');
    expect(session.sessionDescriptionHandlerOptionsReInvite.hold).toBe(false);
    session.reinviteAnswer = 200;
    await bed.port.hold(callId);
    expect(bed.call(callId)?.state).toBe('held');
  });

  it('holding a call that rings is refused with not_active', async () => {
    const session = bed.sipJs.ring('13800138000');
    await expect(bed.port.hold(session.id)).rejects.toMatchObject({ code: 'not_active' });
  });

  it('DTMF goes out as one INFO per tone, after a pending re-INVITE', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 'manual';
    const holding = bed.port.hold(callId);
    await bed.until(() => session.reinvitePending);
    bed.port.sendDtmf(callId, '1#');
    await Promise.resolve();
    expect(session.infos).toEqual([]);
    session.answerReinvite(200);
    await holding;
    await bed.until(() => session.infos.length === 2);
    expect(session.sentTones).toEqual(['1', '#']);
    expect(session.infos[0]).toBe('Signal=1\r\nDuration=160\r\n');
  });

  it('DTMF that is not a key is refused with invalid_dtmf', async () => {
    const { callId } = await bed.answeredCall();
    expect(() => bed.port.sendDtmf(callId, '12x')).toThrow(expect.objectContaining({ code: 'invalid_dtmf' }));
  });

  it('a failed INFO is reported as dtmf_failed', async () => {
    const { callId, session } = await bed.answeredCall();
    session.infoFails = true;
    bed.port.sendDtmf(callId, '9');
    await bed.until(() => bed.errors().some((e) => e.code === 'dtmf_failed'));
  });
});
