import { describe, expect, it } from 'vitest';
import { estimateMos, rToMos } from './estimate-mos';

describe('estimateMos', () => {
  it('rates a clean loopback call as toll quality or better', () => {
    const mos = estimateMos({ rttMs: 1, jitterMs: 1, lossPct: 0 });
    expect(mos).toBeGreaterThanOrEqual(4.3);
    expect(mos).toBeLessThanOrEqual(4.5);
  });

  it('drops below 3.6 (users notice) with 10% loss', () => {
    expect(estimateMos({ rttMs: 40, jitterMs: 5, lossPct: 10 })).toBeLessThan(3.6);
  });

  it('punishes delay beyond the 177 ms one-way knee more than below it', () => {
    const below = estimateMos({ rttMs: 200, jitterMs: 0, lossPct: 0 })!;
    const atKnee = estimateMos({ rttMs: 330, jitterMs: 0, lossPct: 0 })!;
    const above = estimateMos({ rttMs: 600, jitterMs: 0, lossPct: 0 })!;
    expect(below - atKnee).toBeLessThan(atKnee - above);
  });

  it('is monotonic in loss', () => {
    const values = [0, 1, 2, 5, 10, 20].map((lossPct) => estimateMos({ rttMs: 50, jitterMs: 5, lossPct })!);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
  });

  it('returns null when nothing is known yet', () => {
    expect(estimateMos({ rttMs: null, jitterMs: null, lossPct: null })).toBeNull();
  });

  it('clamps the R to MOS mapping to 1..4.5', () => {
    expect(rToMos(-20)).toBe(1);
    expect(rToMos(120)).toBe(4.5);
    expect(rToMos(93.2)).toBeCloseTo(4.41, 2);
    expect(rToMos(50)).toBeCloseTo(2.58, 2);
  });
});
