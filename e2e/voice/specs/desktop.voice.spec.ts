// Stage 2: the real agent desktop (mock-mode build, `zuoxi.softphone=sip`) on the sip.js adapter against
// Kamailio, driven through its UI (e2e/pages/softphone-page.ts) while JsSIP pages play customer and expert.
import { expectAudible, expectSilence, measureAudio } from '../support/audio-probe';
import { waitForPhoneSession } from '../support/harness-helpers';
import { sleep } from '../support/kamailio';
import { ShellPage } from '../../pages/shell-page';
import { SoftphonePage } from '../../pages/softphone-page';
import { expect, test } from '../support/voice-test';

const phonePc = (sid: number) => `window.customer.pc(${sid})`;

test('desktop: a customer call rings with IVR data; answer, two-way audio, hold, mute, DTMF, hang up', async ({ openDesktop, openPhone }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138060' });

  const sid = await customer.evaluate(() => window.customer.call('1001', ['X-Zuoxi-Intent: bill_query', 'X-Zuoxi-Queue: q-cn-general', 'X-Zuoxi-Verified: true']));
  // Masked (138****8060), and the INVITE's IVR codes in words.
  await phone.expectRinging('13800138060');
  await expect(phone.incoming).toContainText('Intent: Bill query');
  await expect(phone.incoming).toContainText('Queue: Hotline (general)');
  await phone.answer();
  await waitForPhoneSession(customer, 'confirmed');
  await expectAudible(page, 'openPcs()[0]', 'agent hears the customer');
  await expectAudible(customer, phonePc(sid), 'customer hears the agent');
  await expect(phone.quality).toBeVisible();

  await phone.hold();
  await expect(phone.currentCall).toContainText('On hold');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(true);
  expect((await measureAudio(page, 'openPcs()[0]')).inBytes, 'no RTP to the holder').toBe(0);
  await expectSilence(customer, phonePc(sid), 'held customer hears nothing');
  await phone.resume();
  await expect(phone.currentCall).toContainText('Connected');

  await phone.mute();
  await expectSilence(customer, phonePc(sid), 'muted agent is silent');
  await expectAudible(page, 'openPcs()[0]', 'agent still hears');
  await phone.unmute();
  await expectAudible(customer, phonePc(sid), 'audio flows again');

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
  await expectAudible(customer, phonePc(newSid), 'customer hears the expert');
  await expectAudible(expert, phonePc(expertSid), 'expert hears the customer');
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
  await expectAudible(expert, phonePc(consultSid), 'expert hears the agent');
  await phone.cancelConsult();
  await expect(phone.currentCall).toContainText('Connected');
  await expect.poll(() => expert.evaluate((id) => window.customer.sessions[id]!.status, consultSid)).toBe('ended');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
  await expectAudible(customer, phonePc(sid), 'customer back with the agent');
  await expectAudible(page, 'openPcs()[0]', 'audio flows again');

  await phone.consult('2001');
  await expect(phone.consultCall).toContainText('Connected');
  await phone.completeTransfer();
  await expect(phone.currentCall).toHaveCount(0);
  await expect(phone.consultCall).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__pcs.filter((p) => p.connectionState !== 'closed' && p.signalingState !== 'closed').length)).toBe(0);
  const newSid = await waitForPhoneSession(customer, 'confirmed', 'outgoing');
  await expect.poll(() => expert.evaluate(() => window.customer.live().length)).toBe(1);
  const expertSid = (await expert.evaluate(() => window.customer.live()[0]!.id))!;
  await expectAudible(customer, phonePc(newSid), 'customer hears the expert');
  await expectAudible(expert, phonePc(expertSid), 'expert hears the customer');
});

test('desktop: Kamailio killed and restarted mid-idle — phone offline, agent Not ready, then both back by themselves', async ({ openDesktop, openPhone, kamailio }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const agentState = new ShellPage(page).agentStateButton();

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

test('desktop: wrong SIP credentials — a clear message, the agent Not ready, and no retry storm at the registrar', async ({ openDesktop, kamailio }) => {
  // The registrar's password changed behind the app's back: the settings the app fetched are now wrong.
  await kamailio.restart('SIGTERM', { sipPassword: 'rotated-elsewhere' });
  try {
    kamailio.markLog();
    const { page, phone } = await openDesktop('zhang.wei', { waitForRegistered: false });
    await phone.expectRegistration('registration failed');
    await expect(phone.alerts.first()).toBeVisible();
    await expect(new ShellPage(page).agentStateButton()).toHaveAccessibleName(/Phone offline/);
    // One REGISTER, its digest retry, then nothing: wrong credentials are never retried on their own.
    await expect.poll(() => kamailio.countRequests('REGISTER')).toBe(2);
    await sleep(4000);
    expect(kamailio.countRequests('REGISTER')).toBe(2);
    await expect(phone.status).toHaveAccessibleName(/^Phone: registration failed/);
  } finally {
    await kamailio.restart('SIGTERM');
  }
});

test('desktop: a busy consult target and an unknown blind-transfer target — a message each, the customer stays with the agent', async ({ openDesktop, openPhone }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138064' });
  await openPhone({ user: '2001', busy: true });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138064');
  await phone.answer();

  await phone.transferTarget.fill('2001');
  await phone.button('Consult', phone.currentCall).click();
  await expect(phone.alerts.filter({ hasText: 'The consult target is busy' })).toBeVisible();
  await expect(phone.currentCall).toContainText('Connected');
  await expect(phone.consultCall).toHaveCount(0);
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);

  await phone.transferBlind('7777');
  await expect(phone.alerts.filter({ hasText: 'The transfer target does not exist' })).toBeVisible();
  await expect(phone.currentCall).toContainText('Connected');
  await expectAudible(customer, phonePc(sid), 'customer still hears the agent');
  await expectAudible(page, 'openPcs()[0]', 'agent still hears the customer');
});

test('desktop: one-way audio — when the customer’s RTP stops, the agent is warned within seconds', async ({ openDesktop, openPhone }) => {
  const { phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138065' });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138065');
  await phone.answer();
  await expect(phone.quality).toBeVisible();
  await expect(phone.alerts.filter({ hasText: /one-way audio/i })).toHaveCount(0);

  // The customer's stack keeps the call up but stops sending RTP: the classic one-way-audio fault.
  await customer.evaluate((id) => window.customer.pc(id)!.getSenders()[0]!.replaceTrack(null), sid);
  await expect(phone.alerts.filter({ hasText: /one-way audio/i })).toBeVisible({ timeout: 8000 });

  // Audio back: the warning clears by itself.
  await customer.evaluate(async (id) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    await window.customer.pc(id)!.getSenders()[0]!.replaceTrack(stream.getAudioTracks()[0]!);
  }, sid);
  await expect(phone.alerts.filter({ hasText: /one-way audio/i })).toHaveCount(0, { timeout: 5000 });
});

// The mixing itself (each party hears the other with the agent muted) is proven in conference.voice.spec.ts.
test('desktop: consult, then a three-way conference — nobody left on hold, everyone has audio', async ({ openDesktop, openPhone }) => {
  const { phone } = await openDesktop('zhang.wei');
  const customer = await openPhone({ user: '13800138066' });
  const expert = await openPhone({ user: '2001', autoAnswer: true });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138066');
  await phone.answer();
  await phone.consult('2001');
  await expect(phone.consultCall).toContainText('Connected');
  const expertSid = await waitForPhoneSession(expert, 'confirmed', 'incoming');

  await phone.conference();
  await expect(phone.currentCall).not.toContainText('On hold');
  expect(await customer.evaluate((id) => window.customer.sessions[id]!.remoteHeld, sid)).toBe(false);
  // Each party hears the other through the agent's Web Audio mix, at the full audible bar.
  await expectAudible(customer, phonePc(sid), 'customer hears the conference');
  await expectAudible(expert, phonePc(expertSid), 'expert hears the conference');
});

test('desktop: two tabs, one phone — the second tab answers a real call that plays in the owner tab; when the owner closes while idle, the second registers and takes calls', async ({ openDesktop, openPhone, kamailio }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  kamailio.markLog();
  const second = await page.context().newPage();
  await second.goto('/');
  const phoneB = new SoftphonePage(second);
  await expect(phoneB.status).toHaveAccessibleName('Phone: registered (another tab)');

  const customer = await openPhone({ user: '13800138066' });
  const sid = await customer.evaluate(() => window.customer.call('1001'));
  await phoneB.expectRinging('13800138066');
  await phone.expectRinging('13800138066');
  await phoneB.answer();
  await waitForPhoneSession(customer, 'confirmed');
  await expect(phone.currentCall).toContainText('Connected');
  await expect(phoneB.currentCall).toContainText('Connected');
  await expectAudible(page, 'openPcs()[0]', 'the owner tab plays the customer');
  await expectAudible(customer, phonePc(sid), 'the customer hears the agent');
  expect(await second.evaluate(() => window.__pcs.length), 'the mirror tab opens no media of its own').toBe(0);
  const agentRegisters = () => kamailio.requests('REGISTER').filter((line) => line.includes(' to=1001 ')).length;
  expect(agentRegisters(), 'one registration per agent: the second tab never registers').toBe(0);

  await phoneB.hangUp();
  await expect.poll(() => customer.evaluate((id) => window.customer.sessions[id]!.status, sid)).toBe('ended');
  await expect(phone.currentCall).toHaveCount(0);

  // The owner tab closes while idle: the other takes the phone over and really registers.
  await page.close();
  await expect(phoneB.status).toHaveAccessibleName('Phone: registered', { timeout: 3000 });
  expect(agentRegisters(), 'the new owner registered the agent itself').toBeGreaterThan(0);
  const sid2 = await customer.evaluate(() => window.customer.call('1001'));
  await phoneB.expectRinging('13800138066');
  await phoneB.answer();
  await expectAudible(second, 'openPcs()[0]', 'the new owner plays the customer');
  await expectAudible(customer, phonePc(sid2), 'the customer hears the agent in the new owner tab');
  await phoneB.hangUp();
});

test('desktop: the ringtone plays on the chosen ringer device, and stops when the call is answered', async ({ openDesktop, openPhone }) => {
  const { page, phone } = await openDesktop('zhang.wei');
  // Device names exist once the start-up microphone check has been granted.
  await expect.poll(() => page.evaluate(async () => (await navigator.mediaDevices.enumerateDevices()).some((d) => d.label !== '')), { message: 'microphone permission granted' }).toBe(true);
  await page.getByRole('button', { name: 'Phone settings' }).click();
  // The settings fill in their device lists as they open: a click that lands while the select is redrawn
  // opens nothing, so it is clicked again until its list shows.
  await expect(async () => {
    await page.getByRole('combobox', { name: 'Ringer' }).click();
    await expect(page.getByRole('option', { name: 'Fake Audio Output 2' })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('option', { name: 'Fake Audio Output 2' }).click();
  const ringerId = await page.evaluate(async () => (await navigator.mediaDevices.enumerateDevices()).find((d) => d.kind === 'audiooutput' && d.label === 'Fake Audio Output 2')?.deviceId);
  expect(ringerId).toBeTruthy();

  const customer = await openPhone({ user: '13800138067' });
  await customer.evaluate(() => window.customer.call('1001'));
  await phone.expectRinging('13800138067');
  const playing = () => page.evaluate(() => window.__audioContexts.filter((c) => c.state === 'running').map((c) => c.sinkId));
  await expect.poll(playing, { message: 'the ringtone plays on the ringer, not the headset' }).toEqual([ringerId]);
  await phone.answer();
  await expect.poll(playing, { message: 'answering stops the ringtone' }).toEqual([]);
  await phone.hangUp();
});
