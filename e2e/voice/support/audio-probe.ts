import { expect, type Page } from '@playwright/test';

export interface AudioWindow {
  /** Bytes received / sent on the audio stream during the window. */
  inBytes: number;
  outBytes: number;
  /**
   * Mean power of what was received and decoded (Δ totalAudioEnergy / Δ totalSamplesDuration):
   * the 0.3-amplitude test tone gives ~0.018, a muted/held sender gives 0.
   */
  inPower: number;
}

/**
 * The test tone arrives at ~0.018. Chromium's fake capture device is shared by every page of one
 * browser, and once any page opens and stops another microphone capture (JsSIP does for the new
 * call of a transfer) it drops to ~0.001 for everyone: so "audible" is set well under that.
 * A muted or held sender is digital silence (0, at most ~1e-6), far under SILENT_POWER.
 */
export const AUDIBLE_POWER = 0.0002;
export const SILENT_POWER = 0.00002;

/**
 * Measures one peer connection's audio over `ms`. `pcExpr` is evaluated in the page, e.g.
 * `window.customer.pc(0)` or `openPcs()[1]` (open peer connections in creation order).
 */
export async function measureAudio(page: Page, pcExpr: string, ms = 700, settleMs = 400): Promise<AudioWindow> {
  return page.evaluate(
    async ({ pcExpr, ms, settleMs }) => {
      const w = window as unknown as {
        __pcs: RTCPeerConnection[];
        __audioCounters: (pc: RTCPeerConnection) => Promise<{ inBytes: number; outBytes: number; inEnergy: number; inDuration: number }>;
        openPcs?: () => RTCPeerConnection[];
      };
      w.openPcs = () => w.__pcs.filter((p) => p.connectionState !== 'closed' && p.signalingState !== 'closed');
      const pc = (0, eval)(pcExpr) as RTCPeerConnection | null | undefined;
      if (!pc) throw new Error(`no peer connection for ${pcExpr}`);
      // A change (mute, hold) needs a moment: packets in flight and the jitter buffer still play out.
      await new Promise((r) => setTimeout(r, settleMs));
      const a = await w.__audioCounters(pc);
      await new Promise((r) => setTimeout(r, ms));
      const b = await w.__audioCounters(pc);
      const duration = b.inDuration - a.inDuration;
      return {
        inBytes: b.inBytes - a.inBytes,
        outBytes: b.outBytes - a.outBytes,
        inPower: duration > 0 ? (b.inEnergy - a.inEnergy) / duration : 0,
      };
    },
    { pcExpr, ms, settleMs },
  );
}

/**
 * Waits until what `pcExpr` receives is digital silence. A single window can straddle the change
 * on a loaded machine (packets in flight, the jitter buffer playing out), so this polls; a sender
 * that never went silent still fails after `timeout`.
 */
export async function expectSilence(page: Page, pcExpr: string, message: string, timeout = 15_000): Promise<void> {
  await expect
    .poll(async () => (await measureAudio(page, pcExpr)).inPower, { message, timeout, intervals: [0] })
    .toBeLessThan(SILENT_POWER);
}

/** Waits until what `pcExpr` receives is audible (see AUDIBLE_POWER), for the same reason; a mix set up on a loaded machine can take seconds to be heard. */
export async function expectAudible(page: Page, pcExpr: string, message: string, timeout = 15_000): Promise<void> {
  await expect
    .poll(async () => (await measureAudio(page, pcExpr)).inPower, { message, timeout, intervals: [0] })
    .toBeGreaterThan(AUDIBLE_POWER);
}
