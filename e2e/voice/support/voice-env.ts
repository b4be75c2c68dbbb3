import { join } from 'node:path';
import { REPO_ROOT } from './kamailio';
import { voiceFlags } from '../../chromium.mjs';

/** Ports are private inside the runner's network namespace; env overrides help when running outside one. */
export const VOICE_WS_PORT = Number(process.env.VOICE_WS_PORT ?? 18088);
export const VOICE_UDP_PORT = Number(process.env.VOICE_UDP_PORT ?? 15060);
export const HARNESS_PORT = Number(process.env.VOICE_HARNESS_PORT ?? 4181);
export const APP_PORT = Number(process.env.VOICE_APP_PORT ?? 4180);
export const CACHE_DIR = join(REPO_ROOT, 'node_modules/.cache/zuoxi-voice');
export const HARNESS_DIST = join(REPO_ROOT, 'node_modules/.cache/zuoxi-voice-harness');
/** The desktop built in mock mode for the voice run (served by vite preview on APP_PORT). */
export const APP_DIST = join(REPO_ROOT, 'node_modules/.cache/zuoxi-voice-app');
export const TONE_WAV = join(CACHE_DIR, 'tone-440.wav');

/** Usual headless set from TEAM.md plus the voice flags VOICE.md proved necessary. */
export function voiceChromiumArgs(toneWav: string): string[] {
  return [
    ...voiceFlags(toneWav),
    // the conference mixer's AudioContext is started from page.evaluate, which is no user gesture
    '--autoplay-policy=no-user-gesture-required',
  ];
}
