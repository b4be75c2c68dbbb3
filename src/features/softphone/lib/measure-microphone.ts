/**
 * Listens to a microphone for `durationMs` and reports the peak level (0..1) through `onLevel`.
 * Resolves with the peak; rejects when the device cannot be opened.
 */
export async function measureMicrophone(deviceId: string | null, durationMs: number, onLevel: (level: number) => void): Promise<number> {
  const media = globalThis.navigator?.mediaDevices;
  const Ctx = globalThis.AudioContext as (typeof AudioContext) | undefined;
  if (!media?.getUserMedia || !Ctx) throw new Error('unavailable');
  const stream = await media.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
  const ctx = new Ctx();
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 512;
  ctx.createMediaStreamSource(stream).connect(analyser);
  const data = new Uint8Array(analyser.fftSize);
  let peak = 0;
  await new Promise<void>((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(data);
      let max = 0;
      for (const v of data) max = Math.max(max, Math.abs(v - 128) / 128);
      peak = Math.max(peak, max);
      onLevel(max);
      if (Date.now() - started >= durationMs) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
  });
  for (const track of stream.getTracks()) track.stop();
  await ctx.close().catch(() => {});
  return peak;
}
