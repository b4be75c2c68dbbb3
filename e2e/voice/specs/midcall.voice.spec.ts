import type { Page } from '@playwright/test';
import { expectAudible } from '../support/audio-probe';
import { connectInboundCall } from '../support/harness-helpers';
import { sleep } from '../support/kamailio';
import { expect, test } from '../support/voice-test';

// The agent's own link to the proxy drops mid-call (Kamailio and the customer stay up): a flaky
// office network, a VPN re-keying, a laptop switching Wi-Fi.
const customerPc = (sid: number) => `window.customer.pc(${sid})`;

async function dropAgentLink(agent: Page, forMs: number): Promise<void> {
  await agent.evaluate(() => window.__sipNetwork(true));
  await expect.poll(() => agent.evaluate(() => window.agent.registration)).not.toBe('registered');
  await sleep(forMs);
  await agent.evaluate(() => window.__sipNetwork(false));
}

test('the agent’s link drops mid-call: audio carries on, the phone re-registers, and the customer’s later hang-up still reaches the agent', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138070' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  await dropAgentLink(agent, 1500);
  await expect.poll(() => agent.evaluate(() => window.agent.registration), { timeout: 20_000 }).toBe('registered');
  expect(await agent.evaluate((id) => window.agent.calls[id]?.state, callId), 'the call survived the outage').toBe('active');
  await expectAudible(customer, customerPc(sid), 'the customer still hears the agent');
  await expectAudible(agent, 'openPcs()[0]', 'the agent still hears the customer');

  await customer.evaluate((id) => window.customer.hangup(id), sid);
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.state ?? 'gone', callId), { message: 'no orphan leg at the agent' }).toMatch(/^(ended|gone)$/);
  expect(await agent.evaluate(() => window.__pcs.filter((p) => p.connectionState !== 'closed').length)).toBe(0);
});

test('the customer hangs up while the agent’s link is down: once it is back, the agent’s call ends too', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138071' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  await agent.evaluate(() => window.__sipNetwork(true));
  await expect.poll(() => agent.evaluate(() => window.agent.registration)).not.toBe('registered');
  await customer.evaluate((id) => window.customer.hangup(id), sid);
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
  await agent.evaluate(() => window.__sipNetwork(false));

  await expect.poll(() => agent.evaluate(() => window.agent.registration), { timeout: 20_000 }).toBe('registered');
  await expect.poll(() => agent.evaluate((id) => window.agent.calls[id]?.state ?? 'gone', callId), { message: 'no orphan leg at the agent' }).toMatch(/^(ended|gone)$/);
});

test('after the link came back, the agent’s hang-up reaches the customer', async ({ openAgent, openPhone }) => {
  const agent = await openAgent('1001');
  const customer = await openPhone({ user: '13800138072' });
  const { callId, sid } = await connectInboundCall(agent, customer);

  await dropAgentLink(agent, 800);
  await expect.poll(() => agent.evaluate(() => window.agent.registration), { timeout: 20_000 }).toBe('registered');
  await expectAudible(customer, customerPc(sid), 'the customer still hears the agent');
  await agent.evaluate((id) => window.agent.port.hangup(id), callId);
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
});
