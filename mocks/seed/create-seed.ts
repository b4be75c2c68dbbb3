import { createAgents } from './agents';
import { cnPlans, ukPlans, usPlans } from './catalog';
import { createCustomers } from './customers';
import { createPrng } from './prng';
import { createQueues } from './queues';
import type { Seed, SeedOptions } from './types';

export const DEFAULT_SEED = 20261122;
/** Fixed so generated history never moves; live timestamps (agent states, sessions) use the db's clock. */
export const DEFAULT_ANCHOR = '2026-11-20T02:00:00.000Z';

/**
 * The demo data for the mock backend and the BFF. Pure: no MSW, no DOM, no clock, no Math.random —
 * the same options give the same objects on every machine. Each call returns fresh objects.
 */
export function createSeed(options: SeedOptions = {}): Seed {
  const anchor = options.anchor ?? DEFAULT_ANCHOR;
  const anchorMs = Date.parse(anchor);
  if (Number.isNaN(anchorMs)) throw new Error(`createSeed: anchor "${anchor}" is not an ISO date`);
  // Separate streams, so adding customers later never reshuffles agents or queues.
  const base = options.seed ?? DEFAULT_SEED;
  const queues = createQueues(createPrng(base ^ 0x51));
  const agents = createAgents(createPrng(base ^ 0xa6));
  const customers = createCustomers(createPrng(base ^ 0xc3), anchorMs, agents, queues, options.customersPerTenant ?? { cn: 110, intl: 100 });
  return { anchor, agents, queues, customers, plans: [...cnPlans, ...ukPlans, ...usPlans].map((p) => ({ ...p })) };
}
