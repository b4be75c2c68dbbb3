import type { Page } from '@playwright/test';
import { expectAudible } from '../support/audio-probe';
import { connectInboundCall, liveAgentCalls, port, waitForPhoneSession } from '../support/harness-helpers';
import { expect, test } from '../support/voice-test';

const phonePc = (sid: number) => `window.customer.pc(${sid})`;

async function expectTwoWayAudio(a: Page, aPc: string, b: Page, bPc: string): Promise<void> {
  await expectAudible(a, aPc, `${aPc} hears`);
  await expectAudible(b, bPc, `${bPc} hears`);
}

async function callState(agent: Page, callId: string) {
  return agent.evaluate((id) => window.agent.calls[id], callId);
}

test.describe('blind transfer', () => {
  test('connects the customer and the expert, and ends the agent’s leg only after NOTIFY 200', async ({ openAgent, openPhone }) => {
    const agent = await openAgent('1001');
    const customer = await openPhone({ user: '13800138020' });
    const expert = await openPhone({ user: '2001', autoAnswer: true });
    const { callId, sid } = await connectInboundCall(agent, customer);

    expect(await port(agent, 'transferBlind', callId, '2001')).toEqual({ ok: true });
    expect((await callState(agent, callId))?.endReason).toBe('transferred');
    expect(await liveAgentCalls(agent)).toEqual([]);

    const newSid = await waitForPhoneSession(customer, 'confirmed', 'outgoing');
    expect(newSid).not.toBe(sid);
    await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
    const expertSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');
    await expectTwoWayAudio(customer, phonePc(newSid), expert, phonePc(expertSid));
    expect(await customer.evaluate(() => window.customer.live().length)).toBe(1);
  });

  test('to a busy seat fails with a message and the customer stays with the agent', async ({ openAgent, openPhone }) => {
    const agent = await openAgent('1001');
    const customer = await openPhone({ user: '13800138021' });
    await openPhone({ user: '2001', busy: true });
    const { callId, sid } = await connectInboundCall(agent, customer);

    expect(await port(agent, 'transferBlind', callId, '2001')).toEqual({ ok: false, code: 'transfer_target_busy' });
    expect((await callState(agent, callId))?.state).toBe('active');
    expect(await agent.evaluate(() => window.agent.errors)).toContainEqual({ callId, code: 'transfer_target_busy' });
    await expectTwoWayAudio(agent, 'openPcs()[0]', customer, phonePc(sid));
  });
});

test.describe('consult (attended) transfer', () => {
  test('completes: REFER with Replaces hands the customer to the expert and leaves no orphan leg', async ({ openAgent, openPhone }) => {
    const agent = await openAgent('1001');
    const customer = await openPhone({ user: '13800138030' });
    const expert = await openPhone({ user: '2001', autoAnswer: true });
    const { callId, sid } = await connectInboundCall(agent, customer);

    const consult = await port<string>(agent, 'startConsult', callId, '2001');
    expect(consult.ok).toBe(true);
    const consultId = (consult as { value: string }).value;
    expect((await callState(agent, callId))?.state).toBe('held');
    expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(true);
    await expect.poll(async () => (await callState(agent, consultId))?.state).toBe('active');
    expect((await callState(agent, consultId))?.consultFor).toBe(callId);
    const consultSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');
    await expectTwoWayAudio(agent, 'openPcs()[1]', expert, phonePc(consultSid));

    expect(await port(agent, 'completeConsult', callId, consultId)).toEqual({ ok: true });
    expect(await liveAgentCalls(agent)).toEqual([]);
    expect((await callState(agent, callId))?.endReason).toBe('transferred');
    await expect.poll(() => agent.evaluate(() => window.__pcs.filter((p) => p.connectionState !== 'closed' && p.signalingState !== 'closed').length)).toBe(0);

    // The customer's new call replaced the expert's consult leg.
    const customerNewSid = await waitForPhoneSession(customer, 'confirmed', 'outgoing');
    await expect.poll(() => expert.evaluate((id) => window.customer.sessions[id]!.status, consultSid)).toBe('ended');
    const expertNewSid = await expert.evaluate(() => window.customer.live().map((s) => s.id));
    expect(expertNewSid).toHaveLength(1);
    await expect.poll(() => customer.evaluate(() => window.customer.live().length)).toBe(1);
    await expectTwoWayAudio(customer, phonePc(customerNewSid), expert, phonePc(expertNewSid[0]!));
  });

  test('cancelled: the consult leg is hung up and the customer is back with the agent', async ({ openAgent, openPhone }) => {
    const agent = await openAgent('1001');
    const customer = await openPhone({ user: '13800138031' });
    const expert = await openPhone({ user: '2001', autoAnswer: true });
    const { callId, sid } = await connectInboundCall(agent, customer);

    const consultId = ((await port<string>(agent, 'startConsult', callId, '2001')) as { value: string }).value;
    await expect.poll(async () => (await callState(agent, consultId))?.state).toBe('active');
    const consultSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');

    expect(await port(agent, 'cancelConsult', callId, consultId)).toEqual({ ok: true });
    expect((await callState(agent, consultId))?.endReason).toBe('consult_cancelled');
    expect((await callState(agent, callId))?.state).toBe('active');
    expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
    await expect.poll(() => expert.evaluate((id) => window.customer.sessions[id]!.status, consultSid)).toBe('ended');
    await expectTwoWayAudio(agent, 'openPcs()[0]', customer, phonePc(sid));
    expect(await agent.evaluate(() => window.agent.errors)).toEqual([]);
  });

  for (const { title, phone, target, code } of [
    { title: 'busy', phone: { user: '2001', busy: true }, target: '2001', code: 'consult_target_busy' },
    { title: 'unknown', phone: null, target: '7777', code: 'consult_target_not_found' },
  ]) {
    test(`to a ${title} target: the customer is taken off hold automatically`, async ({ openAgent, openPhone }) => {
      const agent = await openAgent('1001');
      const customer = await openPhone({ user: '13800138032' });
      if (phone) await openPhone(phone);
      const { callId, sid } = await connectInboundCall(agent, customer);

      const consultId = ((await port<string>(agent, 'startConsult', callId, target)) as { value: string }).value;
      await expect.poll(async () => (await callState(agent, callId))?.state).toBe('active');
      expect((await callState(agent, consultId))?.state).toBe('ended');
      expect(await agent.evaluate(() => window.agent.errors)).toContainEqual({ callId, code });
      expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
      expect(await liveAgentCalls(agent)).toHaveLength(1);
      await expectTwoWayAudio(agent, 'openPcs()[0]', customer, phonePc(sid));
    });
  }

  test('the expert hangs up during the consult: the customer is taken off hold automatically', async ({ openAgent, openPhone }) => {
    const agent = await openAgent('1001');
    const customer = await openPhone({ user: '13800138033' });
    const expert = await openPhone({ user: '2001', autoAnswer: true });
    const { callId, sid } = await connectInboundCall(agent, customer);

    const consultId = ((await port<string>(agent, 'startConsult', callId, '2001')) as { value: string }).value;
    await expect.poll(async () => (await callState(agent, consultId))?.state).toBe('active');
    const consultSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');
    await expert.evaluate((id) => window.customer.hangup(id), consultSid);

    await expect.poll(async () => (await callState(agent, callId))?.state).toBe('active');
    expect((await callState(agent, consultId))?.endReason).toBe('remote_hangup');
    expect(await agent.evaluate(() => window.agent.errors)).toContainEqual({ callId, code: 'consult_ended' });
    expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
    await expectTwoWayAudio(agent, 'openPcs()[0]', customer, phonePc(sid));
  });
});
