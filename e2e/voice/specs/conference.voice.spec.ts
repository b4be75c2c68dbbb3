import { expectAudible, expectSilence } from '../support/audio-probe';
import { connectInboundCall, liveAgentCalls, port, waitForPhoneSession } from '../support/harness-helpers';
import { expect, test } from '../support/voice-test';

test('three-way conference mixed in the agent’s browser: customer and expert hear each other through the agent', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138040' });
  const expert = await openPhone({ user: '2001', autoAnswer: true });
  const { callId, sid } = await connectInboundCall(agent, customer);
  const consultId = ((await port<string>(agent, 'startConsult', callId, '2001')) as { value: string }).value;
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.state, consultId)).toBe('active');
  const expertSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');

  expect(await port(agent, 'conference', [callId, consultId])).toEqual({ ok: true });
  const calls = await liveAgentCalls(agent);
  expect(calls.map((c) => [c.state, c.conferenceWith])).toEqual(
    expect.arrayContaining([
      ['active', [consultId]],
      ['active', [callId]],
    ]),
  );

  // With the agent muted on both legs, whatever the customer and the expert still hear can only
  // come from the other party through the agent's Web Audio mix.
  await port(agent, 'mute', callId, true);
  await port(agent, 'mute', consultId, true);
  await expectAudible(customer, `window.customer.pc(${sid})`, 'customer hears the expert');
  await expectAudible(expert, `window.customer.pc(${expertSid})`, 'expert hears the customer');
  await expectAudible(agent, 'openPcs()[0]', 'agent hears the customer');
  await expectAudible(agent, 'openPcs()[1]', 'agent hears the expert');

  // The expert leaves: the customer is a plain call with the agent again (mic, no mix).
  await expert.evaluate((id) => window.customer.hangup(id), expertSid);
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.conferenceWith, callId)).toEqual([]);
  expect(await agent.evaluate(() => window.agent.errors)).toEqual([]);
  await expectSilence(customer, `window.customer.pc(${sid})`, 'muted agent, no mix: silence');
  await port(agent, 'mute', callId, false);
  await expectAudible(customer, `window.customer.pc(${sid})`, 'agent heard again');
});
