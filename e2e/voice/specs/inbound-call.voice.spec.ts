import { AUDIBLE_POWER, measureAudio } from '../support/audio-probe';
import { liveAgentCalls, port, waitForAgentCall, waitForPhoneSession } from '../support/harness-helpers';
import { expect, test } from '../support/voice-test';

const AGENT_PC = 'openPcs()[0]';

test('a JsSIP customer calls the agent: rings with IVR data, answer, audio both ways, far-end hangup', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138000' });

  await customer.evaluate(() => window.customer.call('1001', ['X-Zuoxi-Intent: billing', 'X-Zuoxi-Queue: q-general', 'X-Zuoxi-Verified: true']));
  const ringing = await waitForAgentCall(agent, 'ringing');
  expect(ringing).toMatchObject({
    direction: 'inbound',
    remoteNumber: '13800138000',
    ivr: { intent: 'billing', queueId: 'q-general', verified: true },
  });

  expect(await port(agent, 'answer', ringing.callId)).toEqual({ ok: true });
  const active = await waitForAgentCall(agent, 'active');
  expect(active.answeredAt).not.toBeNull();
  const sid = await waitForPhoneSession(customer, 'confirmed');

  const atAgent = await measureAudio(agent, AGENT_PC);
  const atCustomer = await measureAudio(customer, `window.customer.pc(${sid})`);
  expect(atAgent.inBytes, 'customer → agent RTP').toBeGreaterThan(1000);
  expect(atAgent.inPower, 'customer tone heard by agent').toBeGreaterThan(AUDIBLE_POWER);
  expect(atCustomer.inBytes, 'agent → customer RTP').toBeGreaterThan(1000);
  expect(atCustomer.inPower, 'agent tone heard by customer').toBeGreaterThan(AUDIBLE_POWER);

  // The adapter's own getStats loop reports the call healthy.
  await expect.poll(() => agent.evaluate((id) => window.agent.quality[id]?.mos ?? null, active.callId)).not.toBeNull();
  const quality = await agent.evaluate((id) => window.agent.quality[id]!, active.callId);
  expect(quality.inboundBytes).toBeGreaterThan(0);
  expect(quality.inboundStalled).toBe(false);
  expect(quality.mos).toBeGreaterThan(4);

  await customer.evaluate((id) => window.customer.hangup(id), sid);
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.endReason, active.callId)).toBe('remote_hangup');
  expect(await liveAgentCalls(agent)).toEqual([]);
  await expect.poll(() => agent.evaluate(() => window.__pcs.every((p) => p.connectionState === 'closed' || p.signalingState === 'closed'))).toBe(true);
});

test('the agent rejects a ringing call and the customer gets busy', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138001' });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  const ringing = await waitForAgentCall(agent, 'ringing');
  expect(await port(agent, 'reject', ringing.callId)).toEqual({ ok: true });
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.statusCode, sid)).toBe(486);
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.endReason, ringing.callId)).toBe('rejected');
});

test('the customer gives up while ringing: the agent sees the call end as cancelled', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138002' });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  const ringing = await waitForAgentCall(agent, 'ringing');
  await customer.evaluate((id) => window.customer.hangup(id), sid);
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.endReason, ringing.callId)).toBe('remote_cancel');
});
