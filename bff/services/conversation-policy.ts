import type { ConversationPolicy } from '@/domain/conversation-record';
import { getPolicy, putPolicy } from '../store/conversation-settings-queries';
import type { Db } from '../store/open-store';
import type { BffDeps } from './bff-deps';

/** When a customer's wait turns amber, then red, unless the test control says otherwise (seconds; the mocks' too). */
export const DEFAULT_AMBER_AFTER_SEC = 60;
export const DEFAULT_RED_AFTER_SEC = 180;

/**
 * Read by every conversation request: kept a second per instance (another instance's change, made only by
 * the test control, shows within that second; this instance's at once).
 */
const CACHE_MS = 1000;
const cache = new WeakMap<BffDeps, { policy: ConversationPolicy; until: number }>();

/** The policy in force: the stored one (the test control), else the instance's configured offer timeout. */
export async function conversationPolicy(deps: BffDeps, db: Db = deps.db): Promise<ConversationPolicy> {
  const kept = cache.get(deps);
  const now = Date.now();
  if (kept && kept.until > now) return kept.policy;
  const policy = await getPolicy(db, { offerTimeoutSec: deps.config.offerTimeoutSec, amberAfterSec: DEFAULT_AMBER_AFTER_SEC, redAfterSec: DEFAULT_RED_AFTER_SEC });
  cache.set(deps, { policy, until: now + CACHE_MS });
  return policy;
}

export async function setConversationPolicy(deps: BffDeps, policy: ConversationPolicy): Promise<void> {
  await putPolicy(deps.db, policy);
  cache.delete(deps);
}

/** A reset empties the store's policy: forget this instance's copy too. */
export function forgetConversationPolicy(deps: BffDeps): void {
  cache.delete(deps);
}
