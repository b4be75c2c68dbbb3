/**
 * Exponential back-off with jitter for re-connecting the SIP transport: many seats lose the
 * proxy at the same moment, and must not all come back on the same tick.
 * Attempt 0 waits about `baseMs`; the ceiling stops a long outage from growing the wait forever.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random, baseMs = 500, maxMs = 15000): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  // "equal jitter": half fixed so the wait never collapses to 0, half random
  return Math.round(exp / 2 + random() * (exp / 2));
}
