import { describe, expect, it } from 'vitest';
import type { SoftphoneEvent } from './softphone-port';
import { FakeSoftphone } from './fake-softphone';

const settings = { wsUrl: 'ws://x', uri: 'sip:1001@x', authorizationUsername: '1001', authorizationPassword: 'p', displayName: 'A', iceServers: [] };

async function registered() {
  const fake = new FakeSoftphone({ now: () => 1000 });
  const events: SoftphoneEvent[] = [];
  fake.subscribe((e) => events.push(e));
  await fake.register(settings);
  return { fake, events };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

const states = (events: SoftphoneEvent[], callId: string) =>
  events.flatMap((e) => (e.type === 'call' && e.call.callId === callId ? [e.call.state] : []));

describe('FakeSoftphone', () => {
  it('registers through registering → registered', async () => {
    const { events } = await registered();
    expect(events.filter((e) => e.type === 'registration').map((e) => (e.type === 'registration' ? e.state : ''))).toEqual([
      'unregistered',
      'registering',
      'registered',
    ]);
  });

  it('fails registration with the given code, and keeps failing until cleared', async () => {
    const fake = new FakeSoftphone();
    fake.simulateRegistrationFailure('invalid_credentials');
    await expect(fake.register(settings)).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(fake.registrationState).toBe('failed');
    await expect(fake.register(settings)).rejects.toMatchObject({ code: 'invalid_credentials' });
    fake.simulateRegistrationFailure(null);
    await fake.register(settings);
    expect(fake.registrationState).toBe('registered');
  });

  it('ring → answer → hold → unhold → hangup, with answeredAt set on answer', async () => {
    const { fake, events } = await registered();
    const id = fake.simulateIncoming({ from: '13800138000', ivr: { intent: 'billing', queueId: 'q', verified: true } });
    await fake.answer(id);
    expect(fake.call(id)?.answeredAt).toBe(1000);
    await fake.hold(id);
    await fake.unhold(id);
    await fake.hangup(id);
    expect(states(events, id)).toEqual(['ringing', 'active', 'held', 'active', 'ended']);
    expect(fake.call(id)?.endReason).toBe('local_hangup');
  });

  it('hold stays unconfirmed in manual mode until the far end answers', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '1' + '3800138000' });
    await fake.answer(id);
    fake.setHoldMode('manual');
    const pending = fake.hold(id);
    await Promise.resolve();
    expect(fake.call(id)?.state).toBe('active');
    fake.confirmHolds();
    await pending;
    expect(fake.call(id)?.state).toBe('held');
  });

  it('dial goes dialing → early → active; busy targets end the call', async () => {
    const { fake, events } = await registered();
    const id = await fake.dial('10086');
    await new Promise((r) => setTimeout(r, 0));
    expect(states(events, id)).toEqual(['dialing', 'early', 'active']);
    fake.setTransferOutcome('95555', 'busy');
    const busy = await fake.dial('95555');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.call(busy)).toMatchObject({ state: 'ended', endReason: 'call_target_busy' });
  });

  it('dial while unregistered is refused', async () => {
    const fake = new FakeSoftphone();
    await expect(fake.dial('10086')).rejects.toMatchObject({ code: 'not_registered' });
  });

  it('reject only applies to a ringing call', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.reject(id);
    expect(fake.call(id)).toMatchObject({ state: 'ended', endReason: 'rejected' });
    await expect(fake.answer(id)).rejects.toMatchObject({ code: 'unknown_call' });
  });

  it('blind transfer: ok ends the leg; busy/not_found leave it up and emit an error', async () => {
    const { fake, events } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    fake.setTransferOutcome('2009', 'not_found');
    await expect(fake.transferBlind(id, '2009')).rejects.toMatchObject({ code: 'transfer_target_not_found' });
    expect(events).toContainEqual({ type: 'error', callId: id, code: 'transfer_target_not_found' });
    expect(fake.call(id)?.state).toBe('active');
    await fake.transferBlind(id, '2001');
    expect(fake.call(id)).toMatchObject({ state: 'ended', endReason: 'transferred' });
  });

  it('consult holds the customer, complete ends both legs', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    const consult = await fake.startConsult(id, '2001');
    expect(fake.call(id)?.state).toBe('held');
    // As the adapter: startConsult resolves once the consult leg is dialed; it connects afterwards.
    await settle();
    expect(fake.call(consult)).toMatchObject({ state: 'active', consultFor: id, remoteNumber: '2001' });
    await fake.completeConsult(id, consult);
    expect(fake.call(id)?.state).toBe('ended');
    expect(fake.call(consult)?.state).toBe('ended');
  });

  it('cancel, a failed consult and an expert hang-up all bring the customer back', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    const c1 = await fake.startConsult(id, '2001');
    await fake.cancelConsult(id, c1);
    expect(fake.call(id)?.state).toBe('active');
    expect(fake.call(c1)?.endReason).toBe('consult_cancelled');

    fake.setTransferOutcome('2002', 'busy');
    const c2 = await fake.startConsult(id, '2002');
    await settle();
    // As the adapter (voice tests): the busy consult leg ends and the port itself gives the customer back.
    expect(fake.call(c2)).toMatchObject({ state: 'ended', endReason: 'call_target_busy' });
    expect(fake.call(id)?.state).toBe('active');

    const c3 = await fake.startConsult(id, '2001');
    fake.simulateRemoteHangup(c3);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.call(id)?.state).toBe('active');
  });

  it('the customer hanging up during consult leaves the consult leg as a normal call', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    const consult = await fake.startConsult(id, '2001');
    await settle();
    fake.simulateRemoteHangup(id);
    expect(fake.call(consult)).toMatchObject({ state: 'active', consultFor: null });
  });

  it('conference joins legs, unholds them, and a leg leaving updates the others', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    const consult = await fake.startConsult(id, '2001');
    await fake.conference([id, consult]);
    expect(fake.call(id)).toMatchObject({ state: 'active', conferenceWith: [consult] });
    expect(fake.call(consult)).toMatchObject({ state: 'active', consultFor: null, conferenceWith: [id] });
    fake.simulateRemoteHangup(consult);
    expect(fake.call(id)?.conferenceWith).toEqual([]);
  });

  it('mute and DTMF are recorded; only tones the far end sends are events, as in the adapter', async () => {
    const { fake, events } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.answer(id);
    fake.mute(id, true);
    expect(fake.call(id)?.muted).toBe(true);
    fake.sendDtmf(id, '1#');
    expect(fake.dtmfLog).toEqual([
      { callId: id, tone: '1' },
      { callId: id, tone: '#' },
    ]);
    expect(events.filter((e) => e.type === 'dtmf')).toHaveLength(0);
    fake.simulateRemoteDtmf(id, '5');
    expect(events.filter((e) => e.type === 'dtmf')).toEqual([{ type: 'dtmf', callId: id, tone: '5' }]);
  });

  it('registration drop and restore', async () => {
    const { fake, events } = await registered();
    fake.simulateRegistrationDrop();
    expect(fake.registrationState).toBe('unregistered');
    expect(events).toContainEqual({ type: 'registration', state: 'unregistered', error: 'transport_lost' });
    fake.simulateRegistrationRestore();
    expect(fake.registrationState).toBe('registered');
  });

  it('a late subscriber gets the current registration and live calls', async () => {
    const { fake } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    const late: SoftphoneEvent[] = [];
    fake.subscribe((e) => late.push(e));
    expect(late[0]).toEqual({ type: 'registration', state: 'registered', error: null });
    expect(late[1]).toMatchObject({ type: 'call', call: { callId: id, state: 'ringing' } });
  });

  it('dispose hangs up everything and stops emitting', async () => {
    const { fake, events } = await registered();
    const id = fake.simulateIncoming({ from: '10086' });
    await fake.dispose();
    expect(fake.call(id)?.state).toBe('ended');
    const count = events.length;
    fake.simulateIncoming({ from: '10087' });
    expect(events).toHaveLength(count);
  });
});
