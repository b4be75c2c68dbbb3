import { createAgents } from './agents';
import { cnPlans, ukPlans, usPlans } from './catalog';
import { streamCustomers } from './customers';
import { createPrng } from './prng';
import { createQueues } from './queues';
import type { SeedCustomer } from './seed-customer';
import type { Seed, SeedOptions } from './types';

export const DEFAULT_SEED = 20261122;
/** Fixed so generated history never moves; live timestamps (agent states, sessions) use the db's clock. */
export const DEFAULT_ANCHOR = '2026-11-20T02:00:00.000Z';

export const DEMO_CUSTOMERS = { cn: 110, intl: 100 } as const;
/** For the BFF benchmark: a centre-sized customer base. */
export const LARGE_CUSTOMERS = { cn: 60_000, intl: 40_000 } as const;

export type SeedStream = Omit<Seed, 'customers'> & {
  /** Generated as iterated: each iteration starts the stream afresh, with the same customers. */
  customers: Iterable<SeedCustomer>;
  /** How many the stream yields. */
  customerCount: number;
  /** Names this dataset: a store that holds another reloads its customers. */
  fingerprint: string;
};

/**
 * The demo data with its customers as a stream: agents, queues and plans at once, customers one by one as
 * they are iterated (the large dataset is written to a store in batches, never held whole). Pure and
 * deterministic like `createSeed`.
 */
export function streamSeed(options: SeedOptions = {}): SeedStream {
  const anchor = options.anchor ?? DEFAULT_ANCHOR;
  const anchorMs = Date.parse(anchor);
  if (Number.isNaN(anchorMs)) throw new Error(`createSeed: anchor "${anchor}" is not an ISO date`);
  // Separate streams, so adding customers later never reshuffles agents or queues.
  const base = options.seed ?? DEFAULT_SEED;
  const queues = createQueues(createPrng(base ^ 0x51));
  const agents = createAgents(createPrng(base ^ 0xa6));
  const perTenant = options.customersPerTenant ?? (options.size === 'large' ? LARGE_CUSTOMERS : DEMO_CUSTOMERS);
  return {
    anchor,
    agents,
    queues,
    plans: [...cnPlans, ...ukPlans, ...usPlans].map((p) => ({ ...p })),
    customers: { [Symbol.iterator]: () => streamCustomers({ prng: createPrng(base ^ 0xc3), baseSeed: base, anchorMs, agents, queues, perTenant }) },
    customerCount: perTenant.cn + perTenant.intl,
    fingerprint: JSON.stringify({ v: SEED_VERSION, base, anchor, perTenant }),
  };
}

/** Bumped whenever the generator's output changes, so stores reload their customers. */
export const SEED_VERSION = 2;
