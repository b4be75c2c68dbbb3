import type { Leg } from './call-leg';
import { peerConnectionOf } from './session-media';

/** Mute silences the microphone only; hold also stops what we send (mixed conference track included) and hear. */
export function applyTracks(leg: Leg): void {
  const pc = peerConnectionOf(leg.session);
  if (!pc) return;
  if (leg.mic) leg.mic.enabled = !leg.info.muted && !leg.held;
  for (const sender of pc.getSenders()) {
    if (sender.track && sender.track !== leg.mic) sender.track.enabled = !leg.held;
  }
  for (const receiver of pc.getReceivers()) receiver.track.enabled = !leg.held;
}
