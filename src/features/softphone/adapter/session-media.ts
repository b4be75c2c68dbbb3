import type { SipSession } from './sip-js-api';

/** The session's peer connection, once its SessionDescriptionHandler made one. */
export function peerConnectionOf(session: SipSession): RTCPeerConnection | null {
  return session.sessionDescriptionHandler?.peerConnection ?? null;
}

/** What the far end sends us: the receivers' own audio tracks, which stay put through hold and unhold. */
export function heardTracks(session: SipSession): MediaStreamTrack[] {
  return (
    peerConnectionOf(session)
      ?.getReceivers()
      .map((r) => r.track)
      .filter((t) => t.kind === 'audio') ?? []
  );
}

export function remoteStreamOf(session: SipSession): MediaStream | null {
  return session.sessionDescriptionHandler?.remoteMediaStream ?? null;
}

export function localStreamOf(session: SipSession): MediaStream | null {
  return session.sessionDescriptionHandler?.localMediaStream ?? null;
}
