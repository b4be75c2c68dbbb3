// Debian's Chromium for every browser run (Playwright cannot download its own here), and the flags it
// needs on these machines: without the background-networking ones it keeps dialling hosts this network refuses.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const headlessFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fake microphone playing `toneWav`, and loopback ICE (without it SIP establishes but no RTP flows). */
export function voiceFlags(toneWav) {
  return [
    ...headlessFlags,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${toneWav}`,
    '--allow-loopback-in-peer-connection',
  ];
}
