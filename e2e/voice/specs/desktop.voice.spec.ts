// Stage 2: the real agent desktop (mock-mode build, `zuoxi.softphone=sip`) on the sip.js adapter against
// Kamailio, driven through its UI (e2e/pages/softphone-page.ts) while JsSIP pages play customer and expert.
import { AUDIBLE_POWER, measureAudio, SILENT_POWER } from '../support/audio-probe';
import { waitForPhoneSession } from '../support/harness-helpers';
import { sleep } from '../support/kamailio';
import { expect, test } from '../support/voice-test';

const phonePc = (sid: number) => `window.customer.pc(${sid})`;

test('desktop: a customer call rings with IVR data; answer, two-way audio, hold, mute, DTMF, hang up', async ({ openDesktop, openPhone }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138060' });

  const sid = await customer.evaluate(() => window.customer.call('1001', ['X-Zuoxi-Intent: billing', 'X-Zuoxi-Queue: q-cn-general', 'X-Zuoxi-Verified: true']));
  await phone.expectRinging('13800138060');
  await expect(phone.incoming).toContainText('billing');
  await phone.answer();
  await waitForPhoneSession(customer, 'confirmed');
  expect((await measureAudio(page, 'openPcs()[0]')).inPower, 'agent hears the customer').toBeGreaterThan(AUDIBLE_POWER);
  expect((await measureAudio(customer, phonePc(sid))).inPower, 'customer hears the agent').toBeGreaterThan(AUDIBLE_POWER);
  await expect(phone.quality).toBeVisible();

  await phone.hold();
  await expect(phone.currentCall).toContainText('On hold');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(true);
  expect((await measureAudio(page, 'openPcs()[0]')).inBytes, 'no RTP to the holder').toBe(0);
  expect((await measureAudio(customer, phonePc(sid))).inPower, 'held customer hears nothing').toBeLessThan(SILENT_POWER);
  await phone.resume();
  await expect(phone.currentCall).toContainText('Connected');

  await phone.mute();
  expect((await measureAudio(customer, phonePc(sid))).inPower, 'muted agent is silent').toBeLessThan(SILENT_POWER);
  expect((await measureAudio(page, 'openPcs()[0]')).inPower, 'agent still hears').toBeGreaterThan(AUDIBLE_POWER);
  await phone.unmute();
  expect((await measureAudio(customer, phonePc(sid))).inPower).toBeGreaterThan(AUDIBLE_POWER);

  await phone.sendDtmf('12#');
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.dtmf.join(''), sid)).toBe('12#');

  await phone.hangUp();
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
});

test('desktop: blind transfer to an expert connects customer and expert', async ({ openDesktop, openPhone }) => {
  const { phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138061' });
  const expert = await openPhone({ user: '2001', autoAnswer: true });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138061');
  await phone.answer();

  await phone.transferBlind('2001');
  await expect(phone.currentCall).toHaveCount(0);
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
  const newSid = await waitForPhoneSession(customer, 'confirmed', 'outgoing');
  const expertSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');
  expect((await measureAudio(customer, phonePc(newSid))).inPower, 'customer hears the expert').toBeGreaterThan(AUDIBLE_POWER);
  expect((await measureAudio(expert, phonePc(expertSid))).inPower, 'expert hears the customer').toBeGreaterThan(AUDIBLE_POWER);
});

test('desktop: one consult transfer is cancelled (customer back with the agent), the next completes', async ({ openDesktop, openPhone }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138062' });
  const expert = await openPhone({ user: '2001', autoAnswer: true });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138062');
  await phone.answer();

  await phone.consult('2001');
  await expect(phone.currentCall).toContainText('On hold');
  const consultSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');
  expect((await measureAudio(expert, phonePc(consultSid))).inPower, 'expert hears the agent').toBeGreaterThan(AUDIBLE_POWER);
  await phone.cancelConsult();
  await expect(phone.currentCall).toContainText('Connected');
  await expect.poll(() => expert.evaluate((id) => window.customer.sessions[id]!.status, consultSid)).toBe('ended');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
  expect((await measureAudio(customer, phonePc(sid))).inPower, 'customer back with the agent').toBeGreaterThan(AUDIBLE_POWER);
  expect((await measureAudio(page, 'openPcs()[0]')).inPower).toBeGreaterThan(AUDIBLE_POWER);

  await phone.consult('2001');
  await expect(phone.consultCall).toContainText('Connected');
  await phone.completeTransfer();
  await expect(phone.currentCall).toHaveCount(0);
  await expect(phone.consultCall).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__pcs.filter((p) => p.connectionState !== 'closed' && p.signalingState !== 'closed').length)).toBe(0);
  const newSid = await waitForPhoneSession(customer, 'confirmed', 'outgoing');
  await expect.poll(() => expert.evaluate(() => window.customer.live().length)).toBe(1);
  const expertSid = (await expert.evaluate(() => window.customer.live()[0]!.id))!;
  expect((await measureAudio(customer, phonePc(newSid))).inPower, 'customer hears the expert').toBeGreaterThan(AUDIBLE_POWER);
  expect((await measureAudio(expert, phonePc(expertSid))).inPower, 'expert hears the customer').toBeGreaterThan(AUDIBLE_POWER);
});

test('desktop: Kamailio killed and restarted mid-idle — phone offline, agent Not ready, then both back by themselves', async ({ openDesktop, openPhone, kamailio }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const agentState = page.getByRole('button', { name: /^Agent state:/ });

  await kamailio.stop('SIGKILL');
  await phone.expectRegistration('not registered', 5000);
  await expect(agentState).toHaveAccessibleName(/Phone offline/);
  await sleep(2000);
  await kamailio.start();
  await phone.expectRegistered(20_000);
  await expect(agentState).not.toHaveAccessibleName(/Phone offline/);

  const customer = await openPhone({ user: '13800138063' });
  await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138063');
});
