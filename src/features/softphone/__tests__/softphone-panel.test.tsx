import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSoftphone } from '@/testing/render-softphone';

const panel = () => within(screen.getByRole('region', { name: 'Softphone' }));
const ivr = { intent: 'bill_query', queueId: 'q-cn-billing', verified: true };

async function ringAndAnswer() {
  const user = userEvent.setup();
  const r = await renderSoftphone();
  await screen.findByRole('status', { name: 'Phone: registered' });
  let callId = '';
  act(() => {
    callId = r.fake.simulateIncoming({ from: '13800138000', displayName: null, ivr });
  });
  const incoming = await screen.findByRole('region', { name: 'Incoming call' });
  await user.click(within(incoming).getByRole('button', { name: 'Answer' }));
  const current = await screen.findByRole('region', { name: 'Current call' });
  await within(current).findByText('Connected');
  return { ...r, user, callId, current };
}

describe('SoftphonePanel over the fake port', () => {
  it('registers on mount and shows the state in the top-bar status', async () => {
    const onRegistrationChange = vi.fn();
    const r = await renderSoftphone({ onRegistrationChange });
    await screen.findByRole('status', { name: 'Phone: registered' });
    expect(onRegistrationChange).toHaveBeenCalledWith('registering', null);
    expect(onRegistrationChange).toHaveBeenLastCalledWith('registered', null);
    expect(r.fake.settings?.authorizationUsername).toBe('1001');
  });

  it('rings with caller number and IVR data, announces it, and reports the offer', async () => {
    const onCallOffered = vi.fn();
    const r = await renderSoftphone({ onCallOffered });
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => {
      r.fake.simulateIncoming({ from: '13800138000', ivr });
    });
    const incoming = await screen.findByRole('region', { name: 'Incoming call' });
    expect(incoming).toHaveTextContent('138****8000');
    expect(incoming).not.toHaveTextContent('13800138000');
    expect(incoming).toHaveTextContent('Intent: Bill query');
    expect(incoming).toHaveTextContent('Queue: Billing & data expert seat');
    expect(incoming).toHaveTextContent('Verified');
    expect(onCallOffered).toHaveBeenCalledTimes(1);
    expect(onCallOffered.mock.calls[0]?.[0]).toMatchObject({ remoteNumber: '13800138000', state: 'ringing' });
    await waitFor(() => expect(document.getElementById('live-assertive')).toHaveTextContent('Incoming call from 138****8000'));
    expect(document.getElementById('live-assertive')).not.toHaveTextContent('13800138000');
  });

  it('reject ends the ringing call and records it as missed', async () => {
    const user = userEvent.setup();
    const r = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => {
      r.fake.simulateIncoming({ from: '13800138000' });
    });
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Incoming call' })).not.toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Recent calls' });
    expect(within(list).getByRole('img', { name: 'Missed' })).toBeInTheDocument();
  });

  it('answer → hold shows held only after the far end confirms → resume', async () => {
    const { fake, user, current } = await ringAndAnswer();
    expect(within(current).getByRole('timer', { name: 'Call duration' })).toHaveTextContent('00:00');
    fake.setHoldMode('manual');
    await user.click(within(current).getByRole('button', { name: 'Hold' }));
    expect(await within(current).findByText('Holding…')).toBeInTheDocument();
    expect(within(current).queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument();
    expect(within(current).getByRole('button', { name: 'Hold' })).toBeDisabled();
    act(() => fake.confirmHolds());
    expect(await within(current).findByRole('button', { name: 'Resume' })).toBeEnabled();
    expect(within(current).getByText('On hold')).toBeInTheDocument();
    await user.click(within(current).getByRole('button', { name: 'Resume' }));
    act(() => fake.confirmHolds());
    expect(await within(current).findByRole('button', { name: 'Hold' })).toBeEnabled();
    expect(within(current).getByText('Connected')).toBeInTheDocument();
  });

  it('mute toggles and DTMF keys reach the port', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.click(within(current).getByRole('button', { name: 'Mute' }));
    await within(current).findByRole('button', { name: 'Unmute' });
    expect(fake.call(callId)?.muted).toBe(true);
    await user.click(within(current).getByRole('button', { name: 'Unmute' }));
    await within(current).findByRole('button', { name: 'Mute' });
    await user.click(within(current).getByRole('button', { name: 'Keypad' }));
    const keypad = within(current).getByRole('group', { name: 'Keypad' });
    for (const key of ['1', '2', '#']) await user.click(within(keypad).getByRole('button', { name: key }));
    expect(fake.dtmfLog.map((d) => d.tone).join('')).toBe('12#');
  });

  it('hang up ends the call and the recent list offers redial', async () => {
    const { fake, user, current } = await ringAndAnswer();
    await user.click(within(current).getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Current call' })).not.toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Recent calls' });
    expect(within(list).getByRole('img', { name: 'Incoming' })).toBeInTheDocument();
    expect(list).toHaveTextContent('138****8000');
    expect(list).not.toHaveTextContent('13800138000');
    // Shown and named masked; dialled whole.
    await user.click(within(list).getByRole('button', { name: 'Redial 138****8000' }));
    const again = await screen.findByRole('region', { name: 'Current call' });
    expect(again).toHaveTextContent('138****8000');
    expect(again).not.toHaveTextContent('13800138000');
    expect(fake.log).toContain('dial 13800138000');
    await within(again).findByText('Connected');
    await user.click(within(again).getByRole('button', { name: 'Hang up' }));
    await user.click(await screen.findByRole('button', { name: 'Clear recent calls' }));
    expect(screen.getByText('No calls yet')).toBeInTheDocument();
    expect(localStorage.getItem('zuoxi.softphone.recent')).toBe('[]');
  });

  it('remote hang-up clears the call', async () => {
    const { fake, callId } = await ringAndAnswer();
    act(() => fake.simulateRemoteHangup(callId));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Current call' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toBeInTheDocument();
  });

  it('blind transfer ok ends the agent leg', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2001');
    await user.click(within(current).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Current call' })).not.toBeInTheDocument());
    expect(fake.log).toContain(`transfer ${callId} 2001`);
  });

  it.each([
    ['busy', 'The transfer target is busy. The customer is still with you.'],
    ['not_found', 'The transfer target does not exist. The customer is still with you.'],
  ] as const)('blind transfer to a %s target keeps the customer with the agent', async (outcome, message) => {
    const { fake, user, current, callId } = await ringAndAnswer();
    fake.setTransferOutcome('2009', outcome);
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2009');
    await user.click(within(current).getByRole('button', { name: 'Transfer' }));
    expect(await panel().findByRole('alert')).toHaveTextContent(message);
    expect(fake.call(callId)?.state).toBe('active');
    expect(within(screen.getByRole('region', { name: 'Current call' })).getByText('Connected')).toBeInTheDocument();
  });

  it('consult then complete transfers the customer', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2001');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    const consult = await screen.findByRole('region', { name: 'Consult call' });
    await within(consult).findByText('Connected');
    expect(within(current).getByText('On hold')).toBeInTheDocument();
    expect(within(current).getByRole('button', { name: 'Resume' })).toBeDisabled();
    await user.click(within(consult).getByRole('button', { name: 'Complete transfer' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Current call' })).not.toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Consult call' })).not.toBeInTheDocument();
    expect(fake.call(callId)?.endReason).toBe('transferred');
  });

  it('consult then cancel brings the customer back off hold', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2001');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    const consult = await screen.findByRole('region', { name: 'Consult call' });
    await user.click(within(consult).getByRole('button', { name: 'Cancel consult' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Consult call' })).not.toBeInTheDocument());
    await within(current).findByText('Connected');
    expect(fake.call(callId)?.state).toBe('active');
  });

  it('a consult to a busy target fails and the customer is taken off hold', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    fake.setTransferOutcome('2002', 'busy');
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2002');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    expect(await panel().findByRole('alert')).toHaveTextContent('The consult target is busy. The customer is back with you.');
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
    await within(current).findByText('Connected');
    expect(screen.queryByRole('region', { name: 'Consult call' })).not.toBeInTheDocument();
  });

  it('the expert hanging up during consult brings the customer back', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2001');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    await screen.findByRole('region', { name: 'Consult call' });
    const consultId = fake.calls.find((c) => c.consultFor === callId)!.callId;
    act(() => fake.simulateRemoteHangup(consultId));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Consult call' })).not.toBeInTheDocument());
    await within(current).findByText('Connected');
    expect(panel().getByRole('alert')).toHaveTextContent('The consulted party hung up. The customer is back with you.');
  });

  it('conference joins the customer and the consulted expert', async () => {
    const { fake, user, current, callId } = await ringAndAnswer();
    await user.type(within(current).getByRole('textbox', { name: 'Transfer target' }), '2001');
    await user.click(within(current).getByRole('button', { name: 'Consult' }));
    const consult = await screen.findByRole('region', { name: 'Consult call' });
    await within(consult).findByText('Connected');
    await user.click(within(consult).getByRole('button', { name: 'Conference' }));
    await within(current).findByText('Conference with 2001');
    expect(within(current).getByText('Connected')).toBeInTheDocument();
    expect(fake.call(callId)?.conferenceWith).toHaveLength(1);
    await user.click(within(current).getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(fake.calls.every((c) => c.state === 'ended')).toBe(true));
  });

  it('dials a normalised number from the number field', async () => {
    const user = userEvent.setup();
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+86 138 0013 8000');
    await user.click(screen.getByRole('button', { name: 'Call' }));
    const current = await screen.findByRole('region', { name: 'Current call' });
    expect(fake.log).toContain('dial 13800138000');
    expect(current).toHaveTextContent('138****8000');
    expect(current).not.toHaveTextContent('13800138000');
    await within(current).findByText('Connected');
  });

  it('shows the quality indicator and a one-way audio warning', async () => {
    const { fake, current, callId } = await ringAndAnswer();
    expect(within(current).getByRole('img', { name: 'Call quality: unknown' })).toBeInTheDocument();
    act(() => fake.simulateQuality(callId, { mos: 4.3 }));
    expect(await within(current).findByRole('img', { name: 'Call quality: good' })).toBeInTheDocument();
    act(() => fake.simulateQuality(callId, { mos: 2.9, inboundStalled: true }));
    expect(await within(current).findByRole('img', { name: 'Call quality: poor' })).toBeInTheDocument();
    expect(within(current).getByRole('alert')).toHaveTextContent('One-way audio');
  });

  it('registration drop shows the status and the reconnect message', async () => {
    const onRegistrationChange = vi.fn();
    const { fake } = await renderSoftphone({ onRegistrationChange });
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => fake.simulateRegistrationDrop());
    await screen.findByRole('status', { name: 'Phone: not registered' });
    expect(panel().getByRole('alert')).toHaveTextContent('Connection to the phone server was lost');
    expect(onRegistrationChange).toHaveBeenCalledWith('unregistered', 'transport_lost');
    expect(screen.getByRole('button', { name: 'Call' })).toBeDisabled();
    act(() => fake.simulateRegistrationRestore());
    await screen.findByRole('status', { name: 'Phone: registered' });
    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a registration drop during a call says the call continues', async () => {
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    let id = '';
    act(() => {
      id = fake.simulateIncoming({ from: '13800138000' });
    });
    await act(() => fake.answer(id));
    act(() => fake.simulateRegistrationDrop());
    expect(await panel().findByText('Connection to the phone server was lost. Your call continues; reconnecting…')).toBeInTheDocument();
    act(() => fake.simulateRegistrationRestore());
    await screen.findByRole('status', { name: 'Phone: registered' });
    expect(panel().queryByText(/Your call continues/)).not.toBeInTheDocument();
  });

  it('wrong credentials: a clear message, one attempt, retry only on request', async () => {
    const user = userEvent.setup();
    const { FakeSoftphone } = await import('../port/fake-softphone');
    const fake = new FakeSoftphone();
    fake.simulateRegistrationFailure('invalid_credentials');
    await renderSoftphone({ fake });
    await screen.findByRole('status', { name: 'Phone: registration failed' });
    expect(panel().getByRole('alert')).toHaveTextContent("refused this seat's SIP user name or password");
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.log.filter((l) => l === 'register')).toHaveLength(1);
    fake.simulateRegistrationFailure(null);
    await user.click(screen.getByRole('button', { name: 'Retry registration' }));
    await screen.findByRole('status', { name: 'Phone: registered' });
    expect(fake.log.filter((l) => l === 'register')).toHaveLength(2);
  });

  it('microphone denied: told before the first call, reported to the app, and re-checked on request', async () => {
    const user = userEvent.setup();
    const onMicrophoneProblem = vi.fn();
    let microphone: 'denied' | 'ok' = 'denied';
    await renderSoftphone({ probeMicrophone: async () => microphone, onMicrophoneProblem });
    expect(await panel().findByRole('alert')).toHaveTextContent('Microphone access is blocked');
    expect(onMicrophoneProblem).toHaveBeenCalledWith('denied');
    microphone = 'ok';
    await user.click(panel().getByRole('button', { name: 'Check microphone again' }));
    await waitFor(() => expect(onMicrophoneProblem).toHaveBeenLastCalledWith(null));
    expect(panel().queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a call failing for want of a microphone shows the microphone problem too', async () => {
    const onMicrophoneProblem = vi.fn();
    const { fake } = await renderSoftphone({ onMicrophoneProblem });
    await screen.findByRole('status', { name: 'Phone: registered' });
    act(() => fake.simulateError('no_microphone'));
    expect(await panel().findByText(/No microphone found. Connect a headset/)).toBeInTheDocument();
    expect(onMicrophoneProblem).toHaveBeenLastCalledWith('no_device');
  });

  it('auto-answer answers a ringing call without a click', async () => {
    const { fake } = await renderSoftphone({ settings: { autoAnswer: true } });
    await screen.findByRole('status', { name: 'Phone: registered' });
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: '10086' });
    });
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
    expect(await screen.findByRole('region', { name: 'Current call' })).toHaveTextContent('10086');
  });

  it('phone settings opened before the microphone check list the devices once it grants permission', async () => {
    const user = userEvent.setup();
    let granted = false;
    const devices = [
      { kind: 'audioinput', deviceId: 'mic-1', label: 'Headset microphone' },
      { kind: 'audiooutput', deviceId: 'spk-2', label: 'USB speaker' },
    ];
    // Like Chromium: before permission, ids and labels are blank.
    const enumerateDevices = async () => devices.map((d) => (granted ? d : { ...d, deviceId: '', label: '' }));
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { enumerateDevices, addEventListener() {}, removeEventListener() {} } });
    let finishCheck: (status: 'ok') => void = () => {};
    try {
      await renderSoftphone({ probeMicrophone: () => new Promise((resolve) => (finishCheck = resolve)) });
      await screen.findByRole('status', { name: 'Phone: registered' });
      await user.click(screen.getByRole('button', { name: 'Phone settings' }));
      await user.click(await screen.findByRole('combobox', { name: 'Ringer' }));
      expect(screen.queryByRole('option', { name: 'USB speaker' })).not.toBeInTheDocument();
      granted = true;
      act(() => finishCheck('ok'));
      expect(await screen.findByRole('option', { name: 'USB speaker' })).toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  it('the agent can turn auto-answer on in phone settings', async () => {
    const user = userEvent.setup();
    const { fake } = await renderSoftphone();
    await screen.findByRole('status', { name: 'Phone: registered' });
    await user.click(screen.getByRole('button', { name: 'Phone settings' }));
    const toggle = await screen.findByRole('switch', { name: 'Auto-answer' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(screen.getByRole('button', { name: 'Test microphone' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test speaker' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test ringer' })).toBeInTheDocument();
    let callId = '';
    act(() => {
      callId = fake.simulateIncoming({ from: '10086' });
    });
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
  });
});

describe('call waiting', () => {
  it('answering a second call parks the first on hold; resuming it parks the second', async () => {
    const { fake, user, callId } = await ringAndAnswer();
    let second = '';
    act(() => {
      second = fake.simulateIncoming({ from: '10086' });
    });
    const incoming = await screen.findByRole('region', { name: 'Incoming call' });
    await user.click(within(incoming).getByRole('button', { name: 'Answer' }));
    await waitFor(() => expect(fake.call(second)?.state).toBe('active'));
    expect(fake.call(callId)?.state).toBe('held');
    expect(screen.getByRole('region', { name: 'Current call' })).toHaveTextContent('10086');
    const parked = await screen.findByRole('region', { name: 'Call on hold' });
    expect(parked).toHaveTextContent('138****8000');
    expect(parked).not.toHaveTextContent('13800138000');
    await user.click(within(parked).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(fake.call(callId)?.state).toBe('active'));
    expect(fake.call(second)?.state).toBe('held');
    expect(screen.getByRole('region', { name: 'Current call' })).toHaveTextContent('138****8000');
    await user.click(within(await screen.findByRole('region', { name: 'Call on hold' })).getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(fake.call(second)?.state).toBe('ended'));
    expect(screen.queryByRole('region', { name: 'Call on hold' })).not.toBeInTheDocument();
  });
});
