/** Routes an audio element to a speaker; browsers without setSinkId keep the default one. */
export async function setSink(audio: HTMLAudioElement, deviceId: string | null): Promise<void> {
  const el = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
  if (typeof el.setSinkId === 'function') await el.setSinkId(deviceId ?? '').catch(() => undefined);
}
