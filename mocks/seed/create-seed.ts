import { streamSeed } from './stream-seed';
import type { Seed, SeedOptions } from './types';

export { DEFAULT_ANCHOR, DEFAULT_SEED } from './stream-seed';

/**
 * The demo data for the mock backend and the BFF. Pure: no MSW, no DOM, no clock, no Math.random —
 * the same options give the same objects on every machine. Each call returns fresh objects.
 * (A large dataset is better streamed: `streamSeed`.)
 */
export function createSeed(options: SeedOptions = {}): Seed {
  const { customers, customerCount: _count, fingerprint: _fingerprint, ...rest } = streamSeed(options);
  return { ...rest, customers: [...customers] };
}
