import { createPrng, type Prng } from './prng';

/**
 * A customer's own stream, seeded from its id: what the seed added later (ID numbers, addresses, accounts,
 * long histories) draws from it, so the original stream — and every customer tests and demos name —
 * stays exactly as it was, and a customer's details do not depend on how many customers come before it.
 */
export function customerPrng(baseSeed: number, customerId: string): Prng {
  // FNV-1a over the id, then the base seed mixed in.
  let hash = 0x811c9dc5;
  for (let i = 0; i < customerId.length; i++) {
    hash ^= customerId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return createPrng((hash ^ Math.imul(baseSeed, 0x9e3779b1)) >>> 0);
}
