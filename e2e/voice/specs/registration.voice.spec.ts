import { sleep } from '../support/kamailio';
import { expect, test } from '../support/voice-test';

test('registers with digest credentials once the registrar answered (not when REGISTER is merely sent)', async ({ openAgent }) => {
  const agent = await openAgent('1001');
  const history = await agent.evaluate(() => window.agent.registrationHistory.map((h) => h.state));
  expect(history).toEqual(['registering', 'registered']);
});

test('wrong credentials: a clear failure, and no retry storm', async ({ openAgent }) => {
  const agent = await openAgent('1001', { password: 'wrong-password', waitForRegistered: false });
  await expect.poll(() => agent.evaluate(() => window.agent.registration)).toBe('failed');
  expect(await agent.evaluate(() => window.agent.registrationHistory.at(-1))).toMatchObject({ state: 'failed', error: 'invalid_credentials' });

  // Long enough for several back-off rounds: nothing may try again on its own.
  await sleep(4000);
  const history = await agent.evaluate(() => window.agent.registrationHistory.map((h) => h.state));
  expect(history).toEqual(['registering', 'failed']);
});
