/**
 * A short two-note chime for an offered conversation, generated with Web Audio (no audio file). The
 * context is created once and resumed on the agent's first click or key, as browsers allow audio only
 * after a gesture; until then a chime is silent and the notification and title carry the offer.
 */
let ctx: AudioContext | null = null;

function context(): AudioContext | null {
  const Ctx = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Ctx) return null;
  ctx ??= new Ctx();
  return ctx;
}

export function unlockChimeOnFirstGesture(): () => void {
  const unlock = () => {
    const c = context();
    void c?.resume().catch(() => undefined);
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
  const c = context();
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
}
