import { sql } from 'drizzle-orm';
import { returnToQueue, systemDraft } from '@/domain/conversation-record';
import { activeConversationsOf, lockConversation } from '../store/conversation-queries';
import { queryRows } from '../store/query-rows';
import { signedInUsers } from '../store/session-queries';
import { announceQueueFigures } from './announce-queue-figures';
import { appendToThread } from './append-to-thread';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { withdrawOffersOf } from './conversation-offers';
import { conversationPolicy } from './conversation-policy';
import { kickRouting } from './conversation-routing';

/**
 * Agents who left (signed out, their last session gone): each conversation they held goes back to the
 * queue with its whole thread, their open offers are withdrawn, and routing offers it all again.
 */
export async function requeueConversationsOf(deps: BffDeps, agentIds: readonly string[]): Promise<number> {
  if (agentIds.length === 0) return 0;
  const now = deps.now();
  const policy = await conversationPolicy(deps);
  const outbox = new ConversationOutbox(policy);
  const queues = new Set<string>();
  let returned = 0;
  for (const held of await activeConversationsOf(deps.db, agentIds)) {
    await deps.db.transaction(async (tx) => {
      const record = await lockConversation(tx, held.conversationId);
      if (!record || record.status !== 'active' || !record.agentId || !agentIds.includes(record.agentId)) return;
      const formerAgent = record.agentId;
      const { record: after } = await appendToThread(tx, returnToQueue(record, now, policy.offerTimeoutSec), systemDraft('returned_to_queue', { agentId: formerAgent }), now, outbox);
      outbox.conversation(after, formerAgent);
      queues.add(after.queueId);
      returned++;
    });
  }
  await withdrawOffersOf(deps, agentIds, outbox);
  await outbox.flush(deps);
  await kickRouting(deps);
  await announceQueueFigures(deps, queues);
  return returned;
}

/** Agents holding conversations or offers with no live session left (signed out, or their session expired). */
export async function requeueOrphans(deps: BffDeps): Promise<void> {
  const rows = await queryRows<{ agent_id: string }>(
    deps.db,
    sql`SELECT DISTINCT agent_id FROM conversations WHERE status = 'active' AND agent_id IS NOT NULL
        UNION SELECT DISTINCT agent_id FROM conversation_offers WHERE status = 'open'`,
  );
  if (rows.length === 0) return;
  const live = new Set((await signedInUsers(deps.db, deps.now())).map((u) => u.id));
  const gone = rows.map((r) => r.agent_id).filter((id) => !live.has(id));
  if (gone.length) await requeueConversationsOf(deps, gone);
}
