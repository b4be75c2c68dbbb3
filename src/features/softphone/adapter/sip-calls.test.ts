import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeTrack } from './fake-media';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  bed = createSipJsTestbed();
  await bed.register();
});

afterEach(() => bed.dispose());

describe('SipJsSoftphone calls over fake sip.js', () => {
  it('an inbound INVITE rings with the caller and what the IVR put in its X-headers', () => {
    const session = bed.sipJs.ring('13800138000', { displayName: 'Li Na', headers: { 'X-Zuoxi-Intent': 'billing', 'X-Zuoxi-Queue': 'q-1', 'X-Zuoxi-Verified': 'yes' } });
    expect(bed.call(session.id)).toMatchObject({
      direction: 'inbound',
      state: 'ringing',
      remoteNumber: '13800138000',
      displayName: 'Li Na',
      ivr: { intent: 'billing', queueId: 'q-1', verified: true },
    });
  });

  it('answering plays the far end on a hidden audio element in the audio host', async () => {
    const { callId, session } = await bed.answeredCall();
    const audio = bed.audioHost.querySelector<HTMLAudioElement>(`audio[data-zuoxi-call="${callId}"]`);
    expect(audio?.hidden).toBe(true);
    const played = (audio?.srcObject as unknown as { getAudioTracks(): FakeTrack[] }).getAudioTracks();
    expect(played).toEqual([session.peerConnection!.receivers[0]!.track]);
  });

  it('answering without microphone permission fails with microphone_denied and ends the call', async () => {
    const session = bed.sipJs.ring('13800138000');
    bed.media.failWith = 'NotAllowedError';
    await expect(bed.port.answer(session.id)).rejects.toMatchObject({ code: 'microphone_denied' });
    await bed.until(() => bed.call(session.id)?.state === 'ended');
    expect(bed.call(session.id)?.endReason).toBe('microphone_denied');
    expect(bed.errors()).toContainEqual({ callId: session.id, code: 'microphone_denied' });
  });

  it('the caller giving up while it rings ends the call as remote_cancel', async () => {
    const session = bed.sipJs.ring('13800138000');
    session.farEndHangsUp();
    await bed.until(() => bed.call(session.id)?.state === 'ended');
    expect(bed.call(session.id)?.endReason).toBe('remote_cancel');
  });

  it('rejecting answers 486', async () => {
    const session = bed.sipJs.ring('13800138000');
    await bed.port.reject(session.id);
    await bed.until(() => bed.call(session.id)?.endReason === 'rejected');
    expect(session.rejectedWith).toBe(486);
  });

  it('a dialed call goes dialing → early on 180 → active on 200', async () => {
    bed.sipJs.setOutcome('10086', 'ring');
    const callId = await bed.port.dial('10086');
    await bed.until(() => bed.call(callId)?.state === 'early');
    bed.sipJs.inviter(callId).farEndAnswers();
    await bed.until(() => bed.call(callId)?.state === 'active');
    expect(bed.states(callId)).toEqual(['dialing', 'early', 'active']);
    expect(bed.call(callId)).toMatchObject({ remoteUri: 'sip:10086@zuoxi.test', remoteNumber: '10086' });
  });

  it('hanging up an unanswered dial cancels it and ends it as local_hangup', async () => {
    bed.sipJs.setOutcome('10086', 'ring');
    const callId = await bed.port.dial('10086');
    await bed.until(() => bed.call(callId)?.state === 'early');
    await bed.port.hangup(callId);
    expect(bed.sipJs.inviter(callId).cancelled).toBe(true);
    expect(bed.call(callId)).toMatchObject({ state: 'ended', endReason: 'local_hangup' });
  });

  it.each([
    [486, 'call_target_busy'],
    [404, 'call_target_not_found'],
    [480, 'call_target_unavailable'],
    [503, 'call_failed'],
  ])('a dial refused with %i ends as %s and says so', async (status, code) => {
    bed.sipJs.setOutcome('10086', status);
    const callId = await bed.port.dial('10086');
    await bed.until(() => bed.call(callId)?.state === 'ended');
    expect(bed.call(callId)?.endReason).toBe(code);
    expect(bed.errors()).toContainEqual({ callId, code });
  });

  it('dialing while not registered is refused with not_registered', async () => {
    await bed.port.unregister();
    await expect(bed.port.dial('10086')).rejects.toMatchObject({ code: 'not_registered' });
  });

  it('a blank target is refused with invalid_target', async () => {
    await expect(bed.port.dial('  ')).rejects.toMatchObject({ code: 'invalid_target' });
  });

  it('the far end hanging up ends the call as remote_hangup and releases its audio', async () => {
    const { callId, session } = await bed.answeredCall();
    session.farEndHangsUp();
    await bed.until(() => bed.call(callId)?.state === 'ended');
    expect(bed.call(callId)?.endReason).toBe('remote_hangup');
    expect(bed.audioHost.querySelector('audio')).toBeNull();
  });

  it('hanging up an established call sends BYE', async () => {
    const { callId, session } = await bed.answeredCall();
    await bed.port.hangup(callId);
    expect(session.byeSent).toBe(true);
    expect(bed.call(callId)).toMatchObject({ state: 'ended', endReason: 'local_hangup' });
  });

  it("the far end's INFO DTMF is reported as a dtmf event", async () => {
    const { callId, session } = await bed.answeredCall();
    session.farEndSendsDtmf('5');
    expect(bed.events).toContainEqual({ type: 'dtmf', callId, tone: '5' });
  });

  it("a REFER from the far end is refused: the agent decides transfers, not the customer", async () => {
    const { session } = await bed.answeredCall();
    expect(await session.farEndRefers()).toBe(true);
  });

  it('mute disables the microphone only', async () => {
    const { callId, session } = await bed.answeredCall();
    bed.port.mute(callId, true);
    const pc = session.peerConnection!;
    expect(pc.senders[0]!.track!.enabled).toBe(false);
    expect(pc.receivers[0]!.track.enabled).toBe(true);
    expect(bed.call(callId)?.muted).toBe(true);
  });

  it('actions on a call that is gone are refused with unknown_call', async () => {
    await expect(bed.port.hangup('nope')).rejects.toMatchObject({ code: 'unknown_call' });
    expect(() => bed.port.mute('nope', true)).toThrow(expect.objectContaining({ code: 'unknown_call' }));
  });
});
