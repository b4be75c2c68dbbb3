import type { AudioDevices } from '../port/softphone-port';
import { SoftphoneError } from '../lib/softphone-error';
import { applyTracks } from './apply-tracks';
import type { CallLegs } from './call-legs';
import { mediaErrorCode } from './media-error-code';
import { localStreamOf, peerConnectionOf } from './session-media';
import { setSink } from './set-sink';
import type { SipConference } from './sip-conference';
import type { SoftphoneEmitter } from './softphone-emitter';

/** The agent's microphone and speakers: every call's microphone is opened here, and switched here mid-call. */
export class SipAudioDevices {
  private devices: AudioDevices = { inputId: null, outputId: null, ringerId: null };

  constructor(
    private readonly legs: CallLegs,
    private readonly conference: SipConference,
    private readonly events: SoftphoneEmitter,
  ) {}

  get outputId(): string | null {
    return this.devices.outputId;
  }

  async setDevices(devices: Partial<AudioDevices>): Promise<void> {
    const inputChanged = devices.inputId !== undefined && devices.inputId !== this.devices.inputId;
    this.devices = { ...this.devices, ...devices };
    if (devices.outputId !== undefined) {
      await Promise.all([...this.legs.values()].map((leg) => (leg.audio ? setSink(leg.audio, this.devices.outputId) : undefined)));
    }
    if (!inputChanged) return;
    // Switch the microphone under running calls with replaceTrack: no renegotiation, no gap in the far end's audio.
    for (const leg of this.legs.values()) {
      const pc = peerConnectionOf(leg.session);
      if (!pc || !leg.mic) continue;
      const stream = await this.getMicrophone({ audio: true, video: false });
      const mic = stream.getAudioTracks()[0];
      if (!mic) continue;
      const old = leg.mic;
      if (!this.conference.replaceMic(leg.id, mic)) {
        const sender = pc.getSenders().find((s) => s.track === old);
        await sender?.replaceTrack(mic);
      }
      const local = localStreamOf(leg.session);
      if (local) {
        local.removeTrack(old);
        local.addTrack(mic);
      }
      leg.mic = mic;
      old.stop();
      applyTracks(leg);
    }
  }

  async getMicrophone(constraints: MediaStreamConstraints): Promise<MediaStream> {
    if (!constraints.audio) return new MediaStream();
    const audio: MediaTrackConstraints | boolean = this.devices.inputId ? { deviceId: { exact: this.devices.inputId } } : true;
    try {
      return await navigator.mediaDevices.getUserMedia({ audio, video: false });
    } catch (error) {
      const code = mediaErrorCode(error) ?? 'no_microphone';
      this.events.emit({ type: 'error', callId: null, code });
      throw new SoftphoneError(code);
    }
  }
}
