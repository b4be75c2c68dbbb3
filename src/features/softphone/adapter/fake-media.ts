/**
 * Just enough WebRTC and Web Audio for the adapter under jsdom, which has neither: tracks, streams, a peer
 * connection with senders, receivers and getStats, an AudioContext for the conference mix, getUserMedia.
 * Test support for fake-sip-js; never bundled.
 */
let trackCounter = 0;

export class FakeTrack {
  readonly id = `track-${++trackCounter}`;
  enabled = true;
  stopped = false;

  constructor(readonly kind: 'audio' | 'video' = 'audio') {}

  stop(): void {
    this.stopped = true;
  }
}

export class FakeMediaStream {
  private readonly tracks: FakeTrack[];

  constructor(tracks: FakeTrack[] = []) {
    this.tracks = [...tracks];
  }

  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }

  getAudioTracks(): FakeTrack[] {
    return this.tracks.filter((t) => t.kind === 'audio');
  }

  addTrack(track: FakeTrack): void {
    this.tracks.push(track);
  }

  removeTrack(track: FakeTrack): void {
    const i = this.tracks.indexOf(track);
    if (i >= 0) this.tracks.splice(i, 1);
  }
}

export class FakeSender {
  readonly transport = { state: 'connected' as RTCDtlsTransportState };
  readonly replaced: (FakeTrack | null)[] = [];

  constructor(public track: FakeTrack | null) {}

  async replaceTrack(track: FakeTrack | null): Promise<void> {
    this.replaced.push(track);
    this.track = track;
  }
}

/** What the far end's RTP looks like to getStats; tests move the counters. */
export interface FakeInboundStats {
  bytesReceived: number;
  packetsReceived: number;
  packetsLost: number;
  jitter: number;
  roundTripTime: number;
}

export class FakePeerConnection {
  readonly senders: FakeSender[];
  readonly receivers: { track: FakeTrack }[];
  readonly inbound: FakeInboundStats = { bytesReceived: 0, packetsReceived: 0, packetsLost: 0, jitter: 0.002, roundTripTime: 0.02 };

  constructor(mic: FakeTrack | null) {
    this.senders = [new FakeSender(mic)];
    this.receivers = [{ track: new FakeTrack('audio') }];
  }

  getSenders(): FakeSender[] {
    return [...this.senders];
  }

  getReceivers(): { track: FakeTrack }[] {
    return [...this.receivers];
  }

  async getStats(): Promise<Map<string, object>> {
    return new Map<string, object>([
      ['in', { type: 'inbound-rtp', kind: 'audio', ...this.inbound }],
      ['out', { type: 'outbound-rtp', kind: 'audio', bytesSent: this.inbound.bytesReceived }],
      ['remote', { type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: this.inbound.roundTripTime }],
    ]);
  }

  close(): void {
    for (const sender of this.senders) sender.transport.state = 'closed';
  }
}

class FakeAudioNode {
  readonly connections: unknown[] = [];

  connect(target: unknown): void {
    this.connections.push(target);
  }

  disconnect(): void {
    this.connections.length = 0;
  }
}

export class FakeAudioContext {
  static readonly instances: FakeAudioContext[] = [];
  state: AudioContextState = 'running';

  constructor() {
    FakeAudioContext.instances.push(this);
  }

  async resume(): Promise<void> {
    this.state = 'running';
  }

  async close(): Promise<void> {
    this.state = 'closed';
  }

  createMediaStreamSource(stream: FakeMediaStream): FakeAudioNode & { stream: FakeMediaStream } {
    return Object.assign(new FakeAudioNode(), { stream });
  }

  createMediaStreamDestination(): FakeAudioNode & { stream: FakeMediaStream } {
    return Object.assign(new FakeAudioNode(), { stream: new FakeMediaStream([new FakeTrack('audio')]) });
  }
}

export interface FakeMedia {
  /** Every microphone opened, with the constraints it was asked for. */
  readonly opened: { constraints: MediaStreamConstraints; stream: FakeMediaStream }[];
  /** While set, getUserMedia fails with a DOMException of this name (e.g. 'NotAllowedError'). */
  failWith: string | null;
  restore(): void;
}

/** Puts the fakes in place of the browser's (jsdom has none of them); `restore()` puts things back. */
export function installFakeMedia(): FakeMedia {
  const g = globalThis as Record<string, unknown>;
  const saved = { MediaStream: g.MediaStream, AudioContext: g.AudioContext };
  const savedMediaDevices = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
  const savedPlay = HTMLMediaElement.prototype.play;
  const media: FakeMedia = {
    opened: [],
    failWith: null,
    restore() {
      g.MediaStream = saved.MediaStream;
      g.AudioContext = saved.AudioContext;
      if (savedMediaDevices) Object.defineProperty(navigator, 'mediaDevices', savedMediaDevices);
      else delete (navigator as unknown as Record<string, unknown>).mediaDevices;
      HTMLMediaElement.prototype.play = savedPlay;
    },
  };
  g.MediaStream = FakeMediaStream;
  g.AudioContext = FakeAudioContext;
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: {
      getUserMedia: async (constraints: MediaStreamConstraints) => {
        if (media.failWith) throw new DOMException('fake getUserMedia failure', media.failWith);
        const stream = new FakeMediaStream([new FakeTrack('audio')]);
        media.opened.push({ constraints, stream });
        return stream;
      },
    },
  });
  // jsdom does not implement playback.
  HTMLMediaElement.prototype.play = () => Promise.resolve();
  return media;
}
