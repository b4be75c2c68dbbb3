import type { Message, MessageContent } from '@/contract/schemas/conversation';
import { assertOpen, customerLeft, systemDraft, type ConversationRecord } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { maskContactPoint } from '@/domain/mask-pii';
import { statusOnSend } from '@/domain/message-status';
import { conversationAudience } from '@/domain/event-audience';
import { lockConversation } from '../store/conversation-queries';
import { messageByClientId } from '../store/message-queries';
import { endOffer, openOfferOf } from '../store/offer-queries';
import { announceQueueFigures } from './announce-queue-figures';
import { appendToThread, markAgentMessagesRead } from './append-to-thread';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';

/**
 * The customer writes again in a conversation (the widget, a test control). A client id makes a retry
 * answer its first message; a closed conversation takes nothing more.
 */
export async function customerWritesTo(deps: BffDeps, conversationId: string, content: MessageContent, clientId: string | null): Promise<Message> {
  const now = deps.now();
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  const message = await deps.db.transaction(async (tx) => {
    const record = await lockConversation(tx, conversationId);
    if (!record) throw new DomainError('not_found', `No conversation ${conversationId}`);
    const earlier = clientId ? await messageByClientId(tx, conversationId, clientId, { author: 'customer', agentId: null }) : null;
    if (earlier) return earlier;
    assertOpen(record);
    const appended = await appendToThread(
      tx,
      record,
      {
        author: 'customer',
        agentId: null,
        authorName: record.customerName ?? maskContactPoint(record.from),
        content,
        internal: false,
        clientId,
        status: statusOnSend({ author: 'customer', internal: false }, record.channel, record.customerPresent),
      },
      now,
      outbox,
    );
    outbox.conversation(appended.record);
    return appended.message;
  });
  await outbox.flush(deps);
  return message;
}

/** The customer typing (or stopped): the agent sees it; starting to type also means they read the answers. */
export async function customerTyping(deps: BffDeps, record: ConversationRecord, typing: boolean): Promise<void> {
  if (record.status === 'closed') return;
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  outbox.add(conversationAudience(record), { type: 'typing', conversationId: record.conversationId, who: 'customer', typing });
  if (typing) await markAgentMessagesRead(deps.db, record, record.lastSeq + 1, outbox);
  await outbox.flush(deps);
}

/**
 * The customer left: a conversation nobody took yet ends there (its open offer withdrawn); one in hand stays
 * open for its agent, who is told the customer is gone.
 */
export async function customerLeaves(deps: BffDeps, conversationId: string): Promise<void> {
  const now = deps.now();
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  const waited = await deps.db.transaction(async (tx) => {
    const record = await lockConversation(tx, conversationId);
    if (!record) throw new DomainError('not_found', `No conversation ${conversationId}`);
    const left = customerLeft(record, now);
    if (left === record) return null;
    const offer = await openOfferOf(tx, conversationId);
    if (offer) {
      await endOffer(tx, offer.offer.offerId, 'withdrawn');
      outbox.add([offer.agentId], { type: 'conversation.offer_withdrawn', offerId: offer.offer.offerId, conversationId, reason: 'customer_left' });
    }
    const { record: after } = await appendToThread(tx, left, systemDraft('customer_left', {}), now, outbox);
    outbox.conversation(after);
    return record.status === 'queued' || record.status === 'offered' ? record.queueId : null;
  });
  await outbox.flush(deps);
  if (waited) await announceQueueFigures(deps, [waited]);
}
