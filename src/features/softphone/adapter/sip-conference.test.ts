import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeAudioContext } from './fake-media';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  bed = createSipJsTestbed();
  await bed.register();
});

afterEach(() => bed.dispose());

/** A customer call with an answered consult leg to 2001. */
async function customerAndConsult() {
  const customer = await bed.answeredCall();
  const consultId = await bed.port.startConsult(customer.callId, '2001');
  await bed.until(() => bed.call(consultId)?.state === 'active');
  return { ...customer, consultId, consult: bed.sipJs.session(consultId) };
}

describe('conference over fake sip.js', () => {
  it('takes the held customer off hold first, then mixes: each party is sent the agent plus the others', async () => {
    const { callId, session, consultId, consult } = await customerAndConsult();
    await bed.port.conference([callId, consultId]);
    expect(session.reinvites.map((r) => r.hold)).toEqual([true, false]);
    const customerSender = session.peerConnection!.senders[0]!;
    const consultSender = consult.peerConnection!.senders[0]!;
    expect(customerSender.replaced).toHaveLength(1);
    expect(consultSender.replaced).toHaveLength(1);
    expect(customerSender.track).not.toBe(consultSender.track);
  });

  it('reports both calls active, in conference with each other, and no longer a consult', async () => {
    const { callId, consultId } = await customerAndConsult();
    await bed.port.conference([callId, consultId]);
    expect(bed.call(callId)).toMatchObject({ state: 'active', conferenceWith: [consultId] });
    expect(bed.call(consultId)).toMatchObject({ state: 'active', conferenceWith: [callId], consultFor: null });
  });

  it('one party leaving turns the other back into a plain call on its own microphone', async () => {
    const { callId, session, consultId, consult } = await customerAndConsult();
    const mic = session.peerConnection!.senders[0]!.track;
    await bed.port.conference([callId, consultId]);
    consult.farEndHangsUp();
    await bed.until(() => bed.call(callId)?.conferenceWith.length === 0);
    expect(session.peerConnection!.senders[0]!.track).toBe(mic);
    expect(FakeAudioContext.instances.at(-1)?.state).toBe('closed');
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('of three, one leaving keeps the other two mixed', async () => {
    const a = await bed.answeredCall('13800138001');
    const b = await bed.dialedCall('2001');
    const c = await bed.dialedCall('2002');
    await bed.port.conference([a.callId, b, c]);
    bed.sipJs.session(c).farEndHangsUp();
    await bed.until(() => bed.call(a.callId)?.conferenceWith.join() === b);
    expect(bed.call(b)?.conferenceWith).toEqual([a.callId]);
  });

  it('one call is not a conference', async () => {
    const { callId } = await bed.answeredCall();
    await expect(bed.port.conference([callId])).rejects.toMatchObject({ code: 'conference_needs_two_calls' });
  });

  it('a call without media (still ringing) cannot be mixed', async () => {
    const { callId } = await bed.answeredCall();
    const ringing = bed.sipJs.ring('13800138009');
    await expect(bed.port.conference([callId, ringing.id])).rejects.toMatchObject({ code: 'conference_no_media' });
  });
});
