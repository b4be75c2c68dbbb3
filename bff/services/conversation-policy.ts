import type { ConversationPolicy } from '@/domain/conversation-record';
import { getPolicy } from '../store/conversation-settings-queries';
import type { Db } from '../store/open-store';
import type { BffDeps } from './bff-deps';

/** When a customer's wait turns amber, then red, unless the test control says otherwise (seconds). */
export const DEFAULT_AMBER_AFTER_SEC = 60;
export const DEFAULT_RED_AFTER_SEC = 180;

/** The policy in force: the stored one (the test control), else the instance's configured offer timeout. */
export function conversationPolicy(deps: BffDeps, db: Db = deps.db): Promise<ConversationPolicy> {
  return getPolicy(db, { offerTimeoutSec: deps.config.offerTimeoutSec, amberAfterSec: DEFAULT_AMBER_AFTER_SEC, redAfterSec: DEFAULT_RED_AFTER_SEC });
}
