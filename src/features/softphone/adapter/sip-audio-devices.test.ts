import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSipJsTestbed, type SipJsTestbed } from './sip-js-testbed';

let bed: SipJsTestbed;

beforeEach(async () => {
  bed = createSipJsTestbed();
  await bed.register();
});

afterEach(() => bed.dispose());

describe('audio devices over fake sip.js', () => {
  it('calls open the chosen microphone', async () => {
    await bed.port.setDevices({ inputId: 'headset' });
    await bed.answeredCall();
    expect(bed.media.opened.at(-1)?.constraints).toEqual({ audio: { deviceId: { exact: 'headset' } }, video: false });
  });

  it('a new microphone mid-call replaces the sent track without a re-INVITE, and the old one is stopped', async () => {
    const { session } = await bed.answeredCall();
    const sender = session.peerConnection!.senders[0]!;
    const old = sender.track!;
    await bed.port.setDevices({ inputId: 'usb-mic' });
    expect(sender.track).not.toBe(old);
    expect(sender.track).toBe(bed.media.opened.at(-1)?.stream.getAudioTracks()[0]);
    expect(old.stopped).toBe(true);
    expect(session.reinvites).toEqual([]);
  });

  it('a new speaker moves the playing calls to it', async () => {
    const { callId } = await bed.answeredCall();
    const audio = bed.audioHost.querySelector<HTMLAudioElement>(`audio[data-zuoxi-call="${callId}"]`)!;
    const sinks: string[] = [];
    Object.assign(audio, { setSinkId: async (id: string) => void sinks.push(id) });
    await bed.port.setDevices({ outputId: 'speakers-2' });
    expect(sinks).toEqual(['speakers-2']);
  });

  it('a microphone the browser refuses is reported as microphone_denied', async () => {
    bed.media.failWith = 'NotAllowedError';
    await bed.answeredCall().catch(() => undefined);
    expect(bed.errors()).toContainEqual({ callId: null, code: 'microphone_denied' });
  });
});
