type SinkAudioContext = AudioContext & { setSinkId?: (id: string) => Promise<void> };
type SinkAudioElement = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

export interface TonePattern {
  /** Frequencies mixed together for each beep, in Hz. */
  frequencies: number[];
  beepMs: number;
  gapMs: number;
  beeps: number;
  /** Pause after a group of beeps; the group repeats until stopped when `repeat` is true. */
  pauseMs: number;
  repeat: boolean;
  volume: number;
}

export const RINGTONE: TonePattern = { frequencies: [440, 480], beepMs: 400, gapMs: 200, beeps: 2, pauseMs: 2000, repeat: true, volume: 0.2 };
export const TEST_TONE: TonePattern = { frequencies: [660], beepMs: 250, gapMs: 150, beeps: 3, pauseMs: 0, repeat: false, volume: 0.2 };

/**
 * Plays a generated tone pattern on an output device (no audio file needed). Uses
 * AudioContext.setSinkId where the browser has it, else routes through an <audio> element, which has
 * had setSinkId for longer. Returns a stop function; a no-op where Web Audio is missing (jsdom).
 */
export function playTone(pattern: TonePattern, sinkId: string | null): () => void {
  const Ctx = globalThis.AudioContext as (typeof AudioContext) | undefined;
  if (!Ctx) return () => {};
  const ctx = new Ctx() as SinkAudioContext;
  let element: SinkAudioElement | null = null;
  const gain = ctx.createGain();
  gain.gain.value = 0;

  if (sinkId && typeof ctx.setSinkId === 'function') {
    gain.connect(ctx.destination);
    ctx.setSinkId(sinkId).catch(() => {});
  } else if (sinkId && typeof document !== 'undefined') {
    const dest = ctx.createMediaStreamDestination();
    gain.connect(dest);
    element = document.createElement('audio') as SinkAudioElement;
    element.srcObject = dest.stream;
    element.setSinkId?.(sinkId).catch(() => {});
    void element.play().catch(() => {});
  } else {
    gain.connect(ctx.destination);
  }

  const oscillators = pattern.frequencies.map((f) => {
    const osc = ctx.createOscillator();
    osc.frequency.value = f;
    osc.connect(gain);
    osc.start();
    return osc;
  });

  const groupMs = pattern.beeps * (pattern.beepMs + pattern.gapMs) + pattern.pauseMs;
  const schedule = (startAt: number) => {
    for (let i = 0; i < pattern.beeps; i += 1) {
      const on = startAt + (i * (pattern.beepMs + pattern.gapMs)) / 1000;
      gain.gain.setValueAtTime(pattern.volume, on);
      gain.gain.setValueAtTime(0, on + pattern.beepMs / 1000);
    }
  };
  void ctx.resume().catch(() => {});
  schedule(ctx.currentTime + 0.05);
  const timer = pattern.repeat ? setInterval(() => schedule(ctx.currentTime + 0.05), groupMs) : null;
  const done = pattern.repeat ? null : setTimeout(() => stop(), groupMs + 200);

  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    if (timer) clearInterval(timer);
    if (done) clearTimeout(done);
    for (const osc of oscillators) {
      try {
        osc.stop();
      } catch {
        // already stopped
      }
    }
    if (element) {
      element.pause();
      element.srcObject = null;
    }
    void ctx.close().catch(() => {});
  }
  return stop;
}
