declare global {
  interface Window {
    /** Every AudioContext the page created, in order (see trackAudioContexts). */
    __audioContexts: (AudioContext & { sinkId?: string | { type: string } })[];
  }
}

/**
 * Init script: records every AudioContext the page creates (the ringtone and test tones are generated
 * in one), so a test can see which output device the ringer plays on. Self-contained (serialised).
 */
export function trackAudioContexts(): void {
  const w = window as unknown as { __audioContexts?: AudioContext[]; AudioContext: typeof AudioContext };
  if (w.__audioContexts) return;
  const contexts: AudioContext[] = [];
  w.__audioContexts = contexts;
  w.AudioContext = new Proxy(w.AudioContext, {
    construct(target, args: ConstructorParameters<typeof AudioContext>) {
      const ctx = new target(...args);
      contexts.push(ctx);
      return ctx;
    },
  });
}
