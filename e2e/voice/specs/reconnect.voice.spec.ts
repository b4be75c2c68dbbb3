import { sleep } from '../support/kamailio';
import { connectInboundCall } from '../support/harness-helpers';
import { expect, test } from '../support/voice-test';

test('Kamailio killed and restarted mid-idle: the phone re-registers by itself, with back-off, and takes calls again', async ({ openAgent, openPhone, kamailio }) => {
  const agent = await openAgent('1001');

  await kamailio.stop('SIGKILL');
  await expect.poll(() => agent.evaluate(() => window.agent.registration), { timeout: 5000 }).not.toBe('registered');
  const lostAt = Date.now();
  expect(await agent.evaluate(() => window.agent.registrationHistory.at(-1))).toMatchObject({ state: 'unregistered', error: 'transport_lost' });

  // Down for a while: retries back off instead of hammering the proxy.
  await sleep(4000);
  const attempts = await agent.evaluate((since) => window.agent.registrationHistory.filter((h) => h.state === 'registering' && h.at >= since).length, lostAt);
  expect(attempts).toBeGreaterThanOrEqual(1);
  expect(attempts).toBeLessThanOrEqual(4);
  expect(await agent.evaluate(() => window.agent.registration)).not.toBe('registered');

  await kamailio.start();
  await expect.poll(() => agent.evaluate(() => window.agent.registration), { timeout: 20_000 }).toBe('registered');

  // Registered for real: a customer's call reaches the phone again.
  const customer = await openPhone({ user: '13800138050' });
  const { callId } = await connectInboundCall(agent, customer);
  expect(callId).toBeTruthy();
});
