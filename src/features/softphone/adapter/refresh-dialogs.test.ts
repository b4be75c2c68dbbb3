import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  vi.useFakeTimers();
  bed = createSipJsTestbed();
  await bed.register();
});

afterEach(async () => {
  await bed.dispose();
  vi.useRealTimers();
});

/** Drops the agent's transport mid-call and lets the phone reconnect and re-register. */
async function loseAndRegainTransport(): Promise<void> {
  bed.sipJs.ua.dropTransport();
  await vi.advanceTimersByTimeAsync(250);
  expect(bed.registrations().at(-1)).toEqual({ state: 'registered', error: null });
}

describe('dialogs after a transport loss, over fake sip.js', () => {
  it('every live call is re-INVITEd over the new connection, keeping its hold state', async () => {
    const { callId, session } = await bed.answeredCall();
    await bed.port.hold(callId);
    await loseAndRegainTransport();
    await vi.advanceTimersByTimeAsync(1);
    expect(session.reinvites).toEqual([{ hold: true }, { hold: true }]);
    expect(bed.call(callId)?.state).toBe('held');
  });

  it.each([481, 408])('a %i to the refresh means the far end hung up meanwhile: the call ends', async (status) => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = status;
    await loseAndRegainTransport();
    await vi.advanceTimersByTimeAsync(1);
    expect(session.byeSent).toBe(true);
    expect(bed.call(callId)).toMatchObject({ state: 'ended', endReason: 'remote_hangup' });
  });

  it('another refusal of the refresh leaves the call up', async () => {
    const { callId, session } = await bed.answeredCall();
    session.reinviteAnswer = 500;
    await loseAndRegainTransport();
    await vi.advanceTimersByTimeAsync(1);
    expect(session.byeSent).toBe(false);
    expect(bed.call(callId)?.state).toBe('active');
  });

  it('without calls up, re-registering sends no re-INVITE', async () => {
    const { callId, session } = await bed.answeredCall();
    const hangingUp = bed.port.hangup(callId);
    await vi.advanceTimersByTimeAsync(1);
    await hangingUp;
    await loseAndRegainTransport();
    expect(session.reinvites).toEqual([]);
  });
});
