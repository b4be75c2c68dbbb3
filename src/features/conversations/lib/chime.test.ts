import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Enough of Web Audio to follow the context's state and count the notes. */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  state: 'suspended' | 'running' | 'closed' = 'suspended';
  currentTime = 0;
  destination = {};
  notes = 0;
  constructor() {
    FakeAudioContext.made.push(this);
  }
  async resume() {
    this.state = 'running';
  }
  async suspend() {
    this.state = 'suspended';
  }
  createOscillator() {
    return { frequency: { value: 0 }, connect: (node: unknown) => node, start: () => (this.notes += 1), stop: () => undefined };
  }
  createGain() {
    const gain = { gain: { setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
    return gain;
  }
}

describe('the offer chime', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers();
    FakeAudioContext.made = [];
    vi.stubGlobal('AudioContext', FakeAudioContext);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is silent before the first gesture, and makes no audio context until then', async () => {
    const { playChime, unlockChimeOnFirstGesture } = await import('./chime');
    const stop = unlockChimeOnFirstGesture();
    playChime();
    expect(FakeAudioContext.made).toHaveLength(0);
    stop();
  });

  it('is unlocked by a gesture but holds the audio device only while it plays', async () => {
    const { playChime, unlockChimeOnFirstGesture } = await import('./chime');
    const stop = unlockChimeOnFirstGesture();
    window.dispatchEvent(new KeyboardEvent('keydown'));
    await vi.runAllTimersAsync();
    const [audio] = FakeAudioContext.made;
    expect(audio?.state).toBe('suspended');

    playChime();
    await Promise.resolve();
    expect([audio?.state, audio?.notes]).toEqual(['running', 2]);
    await vi.runAllTimersAsync();
    expect(audio?.state).toBe('suspended');
    stop();
  });
});
