import type { MicrophoneStatus } from '../stores/softphone-store';

/**
 * Checks before the first call that a microphone exists and may be used, so the agent is told now
 * rather than when a customer is already on the line.
 */
export async function probeMicrophone(deviceId?: string | null): Promise<MicrophoneStatus> {
  const media = globalThis.navigator?.mediaDevices;
  if (!media?.getUserMedia) return 'unavailable';
  try {
    if (media.enumerateDevices) {
      const devices = await media.enumerateDevices();
      if (!devices.some((d) => d.kind === 'audioinput')) return 'no_device';
    }
    const stream = await media.getUserMedia({ audio: deviceId ? { deviceId: { exact: deviceId } } : true });
    for (const track of stream.getTracks()) track.stop();
    return 'ok';
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no_device';
    return 'unavailable';
  }
}
