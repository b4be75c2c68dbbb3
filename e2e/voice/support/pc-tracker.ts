declare global {
  interface Window {
    /** Every RTCPeerConnection the page created, in order (see trackPeerConnections). */
    __pcs: RTCPeerConnection[];
  }
}

/**
 * Init script (runs before any page script): records every RTCPeerConnection the page makes and
 * adds an audio probe, so tests can read getStats without the app exposing anything.
 * Serialised by page.addInitScript, so it must be self-contained.
 */
export function trackPeerConnections(): void {
  interface Counters {
    inBytes: number;
    outBytes: number;
    inEnergy: number;
    inDuration: number;
    at: number;
  }
  const w = window as unknown as {
    __pcs?: RTCPeerConnection[];
    __audioCounters: (pc: RTCPeerConnection) => Promise<Counters>;
    RTCPeerConnection: typeof RTCPeerConnection;
  };
  if (w.__pcs) return;
  const pcs: RTCPeerConnection[] = [];
  w.__pcs = pcs;
  const Original = w.RTCPeerConnection;
  w.RTCPeerConnection = new Proxy(Original, {
    construct(target, args: ConstructorParameters<typeof RTCPeerConnection>) {
      const pc = new target(...args);
      pcs.push(pc);
      return pc;
    },
  });
  w.__audioCounters = async (pc) => {
    const report = await pc.getStats();
    const c: Counters = { inBytes: 0, outBytes: 0, inEnergy: 0, inDuration: 0, at: performance.now() };
    report.forEach((s: Record<string, unknown>) => {
      if (s.kind !== 'audio') return;
      if (s.type === 'inbound-rtp') {
        c.inBytes += Number(s.bytesReceived ?? 0);
        c.inEnergy += Number(s.totalAudioEnergy ?? 0);
        c.inDuration += Number(s.totalSamplesDuration ?? 0);
      } else if (s.type === 'outbound-rtp') {
        c.outBytes += Number(s.bytesSent ?? 0);
      }
    });
    return c;
  };
}
