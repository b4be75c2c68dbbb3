import type { CallQuality } from '../port/softphone-port';

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

/** MOS bands as the ITU-T G.107 E-model reports them: ≥ 4.0 satisfied, ≥ 3.6 some users dissatisfied. */
export function qualityLevel(quality: CallQuality | undefined): QualityLevel {
  const mos = quality?.mos;
  if (mos == null) return 'unknown';
  if (mos >= 4) return 'good';
  if (mos >= 3.6) return 'fair';
  return 'poor';
}
