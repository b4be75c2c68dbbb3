import { SoftphoneError } from '../lib/softphone-error';
import { applyTracks } from './apply-tracks';
import type { Leg } from './call-leg';
import type { CallLegs } from './call-legs';
import { ConferenceMixer } from './conference-mixer';
import { heardTracks, peerConnectionOf } from './session-media';
import { setHold } from './set-hold';

/** The conference of this phone: at most one mix, of two or more legs. */
export class SipConference {
  private mixer: ConferenceMixer | null = null;

  constructor(private readonly legs: CallLegs) {}

  async conference(callIds: string[]): Promise<void> {
    const legs = callIds.map((id) => this.legs.require(id));
    if (legs.length < 2) throw new SoftphoneError('conference_needs_two_calls');
    await Promise.all(legs.map((leg) => setHold(this.legs, leg, false)));
    await this.mixer?.stop();
    const parties = legs.map((leg) => {
      const pc = peerConnectionOf(leg.session);
      const sender = pc?.getSenders().find((s) => s.track?.kind === 'audio' || s.track === null);
      // The receiver's own track, not sip.js's remote stream: while a leg is held its track is taken
      // out of that stream and only put back when the unhold's answer arrives, so a mix wired from
      // the stream just after unhold could miss the party altogether (one side of the conference silent).
      const heard = heardTracks(leg.session);
      if (!pc || !sender || !leg.mic || heard.length === 0) throw new SoftphoneError('conference_no_media');
      return { id: leg.id, mic: leg.mic, remote: new MediaStream(heard), sender };
    });
    const mixer = new ConferenceMixer();
    this.mixer = mixer;
    await mixer.start(parties);
    for (const leg of legs) {
      leg.info.consultFor = null;
      this.legs.update(leg, { conferenceWith: callIds.filter((id) => id !== leg.id) });
      applyTracks(leg);
    }
  }

  /** A party left: the rest is a plain call again (two or more left keep mixing). */
  async shrink(left: Leg): Promise<void> {
    const mixer = this.mixer;
    if (!mixer || !mixer.has(left.id)) return;
    const remaining = mixer.ids().filter((id) => id !== left.id && this.legs.has(id));
    this.mixer = null;
    await mixer.stop();
    for (const id of remaining) {
      const leg = this.legs.get(id);
      if (leg) this.legs.update(leg, { conferenceWith: [] });
    }
    if (remaining.length >= 2) await this.conference(remaining);
  }

  /** A new microphone for a mixed leg goes into the mix; returns false when the leg is not mixed. */
  replaceMic(callId: string, mic: MediaStreamTrack): boolean {
    if (!this.mixer?.has(callId)) return false;
    this.mixer.replaceMic(callId, mic);
    return true;
  }

  async stop(): Promise<void> {
    await this.mixer?.stop();
    this.mixer = null;
  }
}
