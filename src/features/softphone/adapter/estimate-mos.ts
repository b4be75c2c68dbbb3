/**
 * Simplified ITU-T G.107 E-model (after Cole & Rosenbluth) turning what getStats can tell us
 * into a MOS estimate. It is an indicator for the agent, not a measurement: codec impairment
 * is taken as Opus with packet-loss concealment, and the jitter buffer is assumed to hold
 * about two jitter periods.
 */
export interface MosInput {
  rttMs: number | null;
  jitterMs: number | null;
  lossPct: number | null;
}

const R0 = 93.2;
/** Equipment impairment of the codec at zero loss (Opus/G.711 with PLC are close to 0). */
const IE_CODEC = 0;
/** Packet-loss robustness of the codec with concealment. */
const BPL = 20;
const CODEC_DELAY_MS = 10;

export function estimateMos(input: MosInput): number | null {
  if (input.rttMs === null && input.jitterMs === null && input.lossPct === null) return null;
  const rtt = Math.max(0, input.rttMs ?? 0);
  const jitter = Math.max(0, input.jitterMs ?? 0);
  const loss = Math.min(100, Math.max(0, input.lossPct ?? 0));

  const oneWayDelay = rtt / 2 + 2 * jitter + CODEC_DELAY_MS;
  const delayImpairment = 0.024 * oneWayDelay + (oneWayDelay > 177.3 ? 0.11 * (oneWayDelay - 177.3) : 0);
  const lossImpairment = IE_CODEC + (95 - IE_CODEC) * (loss / (loss + BPL));
  const r = R0 - delayImpairment - lossImpairment;
  return rToMos(r);
}

export function rToMos(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  const mos = 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
  return Math.round(Math.min(4.5, Math.max(1, mos)) * 100) / 100;
}
