import { expectAudible, expectSilence, measureAudio } from '../support/audio-probe';
import { connectInboundCall, liveAgentCalls, port, waitForAgentCall, waitForPhoneSession } from '../support/harness-helpers';
import { expect, test } from '../support/voice-test';

const AGENT_PC = 'openPcs()[0]';
const customerPc = (sid: number) => `window.customer.pc(${sid})`;

test('hold is shown only once the far end confirmed it, silences both directions, and unhold brings audio back', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const customer = await openPhone({ user: '13800138010' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  expect(await port(agent, 'hold', callId)).toEqual({ ok: true });
  // 'held' came after the re-INVITE was answered: the customer's stack saw the hold by then.
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(true);
  expect((await agent.evaluate((id) => window.agent.calls[id]!.state, callId))).toBe('held');

  const atAgent = await measureAudio(agent, AGENT_PC);
  expect(atAgent.inBytes, 'no RTP reaches the holder').toBe(0);
  await expectSilence(customer, customerPc(sid), 'the held customer hears nothing from the agent');

  expect(await port(agent, 'unhold', callId)).toEqual({ ok: true });
  expect(await agent.evaluate((id) => window.agent.calls[id]!.state, callId)).toBe('active');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
  await expectAudible(agent, AGENT_PC, 'the agent hears the customer again');
  await expectAudible(customer, customerPc(sid), 'the customer hears the agent again');
  // While held no one-way-audio alarm may fire; after unhold audio is flowing again.
  const quality = await agent.evaluate((id) => window.agent.quality[id]!, callId);
  expect(quality.inboundStalled).toBe(false);
});

test('mute silences the agent but not the customer', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const customer = await openPhone({ user: '13800138011' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  expect(await port(agent, 'mute', callId, true)).toEqual({ ok: true });
  expect(await agent.evaluate((id) => window.agent.calls[id]!.muted, callId)).toBe(true);
  await expectSilence(customer, customerPc(sid), 'customer hears silence from the muted agent');
  await expectAudible(agent, AGENT_PC, 'agent still hears the customer');

  expect(await port(agent, 'mute', callId, false)).toEqual({ ok: true });
  await expectAudible(customer, customerPc(sid), 'audio flows again');
});

test('DTMF reaches the far end, and the far end’s DTMF reaches the agent', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const customer = await openPhone({ user: '13800138012' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  expect(await port(agent, 'sendDtmf', callId, '12#')).toEqual({ ok: true });
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.dtmf, sid)).toEqual(['1', '2', '#']);

  await customer.evaluate((id) => window.customer.sessions[id]!.session.sendDTMF('5') /* JsSIP sends DTMF as SIP INFO by default */, sid);
  await expect.poll(() => agent.evaluate(() => window.agent.dtmf)).toEqual([{ callId, tone: '5' }]);

  expect(await port(agent, 'sendDtmf', callId, 'x')).toEqual({ ok: false, code: 'invalid_dtmf' });
});

test('the agent dials out, the far end answers, the agent hangs up and no leg is left', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const customer = await openPhone({ user: '5552' });

  const dialed = await port<string>(agent, 'dial', '5552');
  expect(dialed.ok).toBe(true);
  const callId = (dialed as { value: string }).value;
  const sid = await waitForPhoneSession(customer, 'progress', 'incoming');
  await waitForAgentCall(agent, 'early');
  await customer.evaluate((id) => window.customer.answer(id), sid);
  await waitForAgentCall(agent, 'active');
  await expectAudible(agent, AGENT_PC, 'audio flows again');
  await expectAudible(customer, customerPc(sid), 'audio flows again');

  expect(await port(agent, 'hangup', callId)).toEqual({ ok: true });
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
  expect(await agent.evaluate((id) => window.agent.calls[id]!.endReason, callId)).toBe('local_hangup');
  expect(await liveAgentCalls(agent)).toEqual([]);
});

test('dialing an unknown number ends the call as not found', async ({ openAgent }) => {
  const agent = await openAgent();
  const dialed = await port<string>(agent, 'dial', '7777');
  const callId = (dialed as { value: string }).value;
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.endReason, callId)).toBe('call_target_not_found');
});

test('switching the microphone mid-call keeps audio flowing, without renegotiation', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const customer = await openPhone({ user: '13800138013' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  const before = await agent.evaluate(() => {
    const pc = window.__pcs[0]!;
    const track = pc.getSenders()[0]!.track!;
    return { trackId: track.id, deviceId: track.getSettings().deviceId, sdp: pc.localDescription!.sdp };
  });
  const inputs = await agent.evaluate(async () => (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'audioinput').map((d) => d.deviceId));
  const next = inputs.find((id) => id !== 'default' && id !== before.deviceId);
  expect(next, `another fake microphone among ${inputs.join(', ')}`).toBeTruthy();

  expect(await port(agent, 'setDevices', { inputId: next })).toEqual({ ok: true });
  const after = await agent.evaluate(() => {
    const pc = window.__pcs[0]!;
    const track = pc.getSenders()[0]!.track!;
    return { trackId: track.id, deviceId: track.getSettings().deviceId, live: track.readyState === 'live', sdp: pc.localDescription!.sdp };
  });
  expect(after.trackId).not.toBe(before.trackId);
  expect(after.deviceId).toBe(next);
  expect(after.live).toBe(true);
  expect(after.sdp, 'no re-INVITE: the local description is untouched').toBe(before.sdp);
  await expectAudible(customer, customerPc(sid), 'customer hears the new microphone');

  // Mute survives the switch (the new track is created enabled).
  await port(agent, 'mute', callId, true);
  await port(agent, 'setDevices', { inputId: before.deviceId });
  await expectSilence(customer, customerPc(sid), 'still muted after switching back');
});

test('the speaker chosen before a call plays it, and switching the speaker mid-call moves it', async ({ openAgent, openPhone }) => {
  const agent = await openAgent();
  const outputs = await agent.evaluate(async () => (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'audiooutput' && d.deviceId !== 'default').map((d) => d.deviceId));
  expect(outputs.length, 'two fake speakers').toBeGreaterThanOrEqual(2);
  const [first, second] = outputs as [string, string];
  expect(await port(agent, 'setDevices', { outputId: first })).toEqual({ ok: true });

  const customer = await openPhone({ user: '13800138014' });
  const { callId } = await connectInboundCall(agent, customer);
  const callAudio = (id: string) => agent.evaluate((callId) => (document.querySelector(`audio[data-zuoxi-call="${callId}"]`) as HTMLAudioElement | null)?.sinkId ?? null, id);
  await expect.poll(() => callAudio(callId), { message: 'the call plays on the chosen speaker' }).toBe(first);

  expect(await port(agent, 'setDevices', { outputId: second })).toEqual({ ok: true });
  await expect.poll(() => callAudio(callId), { message: 'switched mid-call' }).toBe(second);
  await expectAudible(agent, AGENT_PC, 'the agent still receives the customer');
});
