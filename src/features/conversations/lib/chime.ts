/**
 * A short two-note chime for an offered conversation, generated with Web Audio (no audio file). The
 * context is created on the agent's first click or key, as browsers allow audio only after a gesture;
 * until then a chime is silent and the notification and title carry the offer. Between chimes the context
 * is suspended: a running one holds the audio device open all shift long, and it is not the phone's
 * ringer, which plays on the device the agent chose for it.
 */
let ctx: AudioContext | null = null;
let suspendTimer: ReturnType<typeof setTimeout> | null = null;
/** The chime's two notes, 0.18 s apart and 0.32 s long, then a margin before the device is let go. */
const CHIME_MS = 800;

function context(): AudioContext | null {
  const Ctx = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctx) return null;
  ctx ??= new Ctx();
  return ctx;
}

function suspendAfter(c: AudioContext, ms: number): void {
  if (suspendTimer) clearTimeout(suspendTimer);
  suspendTimer = setTimeout(() => {
    suspendTimer = null;
    if (c.state === 'running') void c.suspend().catch(() => undefined);
  }, ms);
}

export function unlockChimeOnFirstGesture(): () => void {
  const unlock = () => {
    const c = context();
    // Resumed inside the gesture (which is what unlocks it), then let go until a chime needs it.
    if (c) void c.resume().then(() => suspendAfter(c, 0), () => undefined);
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
  return () => {
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
}

export function playChime(): void {
  const c = ctx;
  if (!c || c.state === 'closed') return;
  void c.resume().catch(() => undefined);
  const start = c.currentTime + 0.02;
  [880, 1175].forEach((frequency, i) => {
    const osc = c.createOscillator();
    const gain = c.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, start + i * 0.18);
    gain.gain.linearRampToValueAtTime(0.15, start + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.18 + 0.3);
    osc.connect(gain).connect(c.destination);
    osc.start(start + i * 0.18);
    osc.stop(start + i * 0.18 + 0.32);
  });
  suspendAfter(c, CHIME_MS);
}
