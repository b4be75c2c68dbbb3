import { useEffect, useState } from 'react';

export interface AudioDeviceOption {
  deviceId: string;
  label: string;
  kind: 'audioinput' | 'audiooutput';
}

/**
 * The browser's audio devices, refreshed when a headset is plugged in or out. Ids and labels need
 * microphone permission, so the list is read again whenever `permissionKey` changes (the microphone
 * check finishing): settings opened before it would otherwise show no devices at all.
 */
export function useAudioDevices(permissionKey?: unknown): AudioDeviceOption[] {
  const [devices, setDevices] = useState<AudioDeviceOption[]>([]);
  useEffect(() => {
    const media = globalThis.navigator?.mediaDevices;
    if (!media?.enumerateDevices) return;
    let alive = true;
    const load = () => {
      media
        .enumerateDevices()
        .then((list) => {
          if (!alive) return;
          setDevices(
            list
              .filter((d): d is MediaDeviceInfo & { kind: AudioDeviceOption['kind'] } => d.kind === 'audioinput' || d.kind === 'audiooutput')
              .filter((d) => d.deviceId !== '' && d.deviceId !== 'default')
              .map((d) => ({ deviceId: d.deviceId, label: d.label, kind: d.kind })),
          );
        })
        .catch(() => {});
    };
    load();
    media.addEventListener?.('devicechange', load);
    return () => {
      alive = false;
      media.removeEventListener?.('devicechange', load);
    };
  }, [permissionKey]);
  return devices;
}
