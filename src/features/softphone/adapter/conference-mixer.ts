/**
 * Three-way (or n-way) conference mixed in the agent's browser, since the SIP proxy has no
 * media server: every party's outgoing track becomes "agent mic + every other remote party".
 * The agent hears everyone through each call's own <audio> element, unchanged.
 */
export interface MixedParty {
  id: string;
  mic: MediaStreamTrack;
  remote: MediaStream;
  sender: RTCRtpSender;
}

interface Wiring {
  party: MixedParty;
  micSource: MediaStreamAudioSourceNode;
  remoteSource: MediaStreamAudioSourceNode | null;
  destination: MediaStreamAudioDestinationNode;
}

export class ConferenceMixer {
  private readonly context = new AudioContext();
  private readonly wirings = new Map<string, Wiring>();

  async start(parties: MixedParty[]): Promise<void> {
    // Chromium may create the context suspended outside a user gesture.
    if (this.context.state === 'suspended') await this.context.resume().catch(() => undefined);
    for (const party of parties) {
      const destination = this.context.createMediaStreamDestination();
      const micSource = this.context.createMediaStreamSource(new MediaStream([party.mic]));
      micSource.connect(destination);
      const remoteSource = party.remote.getAudioTracks().length > 0 ? this.context.createMediaStreamSource(party.remote) : null;
      this.wirings.set(party.id, { party, micSource, remoteSource, destination });
    }
    for (const wiring of this.wirings.values()) {
      for (const other of this.wirings.values()) {
        if (other !== wiring) other.remoteSource?.connect(wiring.destination);
      }
    }
    await Promise.all([...this.wirings.values()].map((w) => w.party.sender.replaceTrack(w.destination.stream.getAudioTracks()[0] ?? null)));
  }

  has(id: string): boolean {
    return this.wirings.has(id);
  }

  ids(): string[] {
    return [...this.wirings.keys()];
  }

  /** New microphone mid-conference: swap the source node, the outgoing mixed track stays. */
  replaceMic(id: string, mic: MediaStreamTrack): void {
    const wiring = this.wirings.get(id);
    if (!wiring) return;
    wiring.micSource.disconnect();
    wiring.micSource = this.context.createMediaStreamSource(new MediaStream([mic]));
    wiring.micSource.connect(wiring.destination);
    wiring.party = { ...wiring.party, mic };
  }

  /** Puts every remaining party back on its plain microphone and releases the audio graph. */
  async stop(): Promise<void> {
    const wirings = [...this.wirings.values()];
    this.wirings.clear();
    for (const w of wirings) {
      w.micSource.disconnect();
      w.remoteSource?.disconnect();
    }
    await Promise.all(
      wirings.map((w) => (w.party.sender.transport?.state === 'closed' ? undefined : w.party.sender.replaceTrack(w.party.mic).catch(() => undefined))),
    );
    await this.context.close().catch(() => undefined);
  }
}
