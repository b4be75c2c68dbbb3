import type { BffDeps } from './bff-deps';
import { kickRouting, lastRoundFailed } from './conversation-routing';
import { lapseDueOffers } from './lapse-due-offers';
import { requeueOrphans } from './requeue-conversations';
import { pendingConversationWork } from '../store/conversation-queries';
import { fakeDeliveryReceipts, receiptsDueBefore } from './fake-delivery-receipts';

/** Sessions end by idling out as well as by signing out: looked for every this many ticks. */
const ORPHAN_EVERY_TICKS = 10;

/**
 * The conversations' clock: every tick, lapsed offers move on (and on to the next seat; the seats that let
 * them lapse go Not ready, missed), conversations every seat passed on are offered again once their
 * cool-down is over, a routing round that failed is tried again and, on a demo server, sent SMS and emails get their receipt; now and then, conversations of
 * agents whose sessions ended return to the queue. A tick that is still running when the next is due is
 * skipped. Answers a stop that waits for a running tick to end (a test's store must not close under it).
 */
export function startConversationTimer(deps: BffDeps): () => Promise<void> {
  let running: Promise<void> | null = null;
  let ticks = 0;
  // The store down fails every tick: one line a minute says so, not ten a second.
  let warnedAt = -Infinity;
  const tick = async () => {
    // One small query a tick when there is nothing to do (the store is shared with every request).
    const pending = await pendingConversationWork(deps.db, deps.now(), receiptsDueBefore(deps));
    if (pending.dueOffers) await lapseDueOffers(deps);
    if (pending.receipts) await fakeDeliveryReceipts(deps);
    if (ticks++ % ORPHAN_EVERY_TICKS === 0) await requeueOrphans(deps);
    if (pending.reoffer || (pending.queued && lastRoundFailed(deps))) await kickRouting(deps);
  };
  const timer = setInterval(() => {
    if (running) return;
    running = tick()
      .catch((error: unknown) => {
        if (Date.now() - warnedAt < 60_000) return;
        warnedAt = Date.now();
        console.warn('[conversations] tick failed:', error instanceof Error ? error.message : error);
      })
      .finally(() => (running = null));
  }, deps.config.routingTickMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
