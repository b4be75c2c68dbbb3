import type { Leg } from './call-leg';
import { heardTracks, remoteStreamOf } from './session-media';
import { setSink } from './set-sink';

/**
 * Plays an established call on a hidden <audio> element on the chosen speaker.
 * Play the receiver's own track rather than sip.js's remote stream, which loses its track while
 * the call is held and regains it only when the unhold's answer arrives. A remote WebRTC track
 * that no media element plays is silent to Web Audio in Chromium, so this also keeps the
 * conference mix fed from the first moment after an unhold.
 */
export function playCallAudio(leg: Leg, host: HTMLElement | undefined, outputId: string | null): HTMLAudioElement | null {
  const heard = heardTracks(leg.session);
  const remote = heard.length ? new MediaStream(heard) : remoteStreamOf(leg.session);
  if (!remote) return null;
  const audio = document.createElement('audio');
  audio.autoplay = true;
  audio.hidden = true;
  audio.dataset.zuoxiCall = leg.id;
  audio.srcObject = remote;
  (host ?? document.body).appendChild(audio);
  void setSink(audio, outputId);
  void audio.play().catch(() => undefined);
  return audio;
}

export function releaseCallAudio(leg: Leg): void {
  leg.audio?.remove();
  if (leg.audio) leg.audio.srcObject = null;
  leg.audio = null;
}
