import type { ConversationSummary, Message, OutgoingContent } from '@/contract/schemas/conversation';
import { assertOpen, closeRecord, isOwnedBy, readPosition, summaryOf, systemDraft, withRead, type ConversationRecord } from '@/domain/conversation-record';
import { assertDisposition } from '@/domain/dispositions';
import { DomainError } from '@/domain/domain-error';
import { widgetStreamOf } from '@/domain/event-audience';
import { CENTRE_ADDRESSES } from '@/domain/inbound-conversation';
import { statusOnSend } from '@/domain/message-status';
import { composeAgentContent } from '@/domain/outgoing-message';
import { attachmentsById } from '../store/attachment-queries';
import { listDispositions } from '../store/canned-queries';
import { lockConversation, saveConversation } from '../store/conversation-queries';
import { customerMessagesAfter, customerMessagesNotRead, messageByClientId, setMessageStatus } from '../store/message-queries';
import type { Db } from '../store/open-store';
import type { UserRecord } from '../store/user-queries';
import { appendToThread } from './append-to-thread';
import type { BffDeps } from './bff-deps';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';
import { kickRouting } from './conversation-routing';
import { publishEvents } from './publish-events';

/** The agent's own conversation, locked for this transaction; anyone else's is a 404. */
async function lockOwned(tx: Db, user: { id: string }, conversationId: string): Promise<ConversationRecord> {
  const record = await lockConversation(tx, conversationId);
  if (!record || !isOwnedBy(record, user)) throw new DomainError('not_found', `No conversation ${conversationId}`);
  return record;
}

function attachmentIdsOf(content: OutgoingContent): string[] {
  if (content.kind === 'image' || content.kind === 'file') return [content.attachmentId];
  if (content.kind === 'email') return content.attachmentIds;
  return [];
}

/**
 * An agent's message or internal note. The client id is the idempotency key: a retry (after a timeout, a
 * 500, a reload) finds the message its first attempt made and answers it again, never a second one. The
 * conversation is locked while the check and the append run, so two attempts at once make one message.
 */
export async function sendAgentMessage(deps: BffDeps, user: UserRecord, conversationId: string, body: { clientId: string; content: OutgoingContent; internal: boolean }): Promise<Message> {
  const now = deps.now();
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  const attachments = await attachmentsById(deps.db, attachmentIdsOf(body.content));
  const message = await deps.db.transaction(async (tx) => {
    const record = await lockOwned(tx, user, conversationId);
    const earlier = await messageByClientId(tx, conversationId, body.clientId, { author: 'agent', agentId: user.id });
    if (earlier) return earlier;
    assertOpen(record);
    const content = composeAgentContent(body.content, {
      channel: record.channel,
      internal: body.internal,
      attachments,
      conversationId,
      customerAddress: record.from,
      subject: record.subject,
      centreAddress: CENTRE_ADDRESSES[record.tenant],
    });
    const draft = {
      author: 'agent' as const,
      agentId: user.id,
      authorName: user.displayName,
      content,
      internal: body.internal,
      clientId: body.clientId,
      status: statusOnSend({ author: 'agent', internal: body.internal }, record.channel, record.customerPresent),
    };
    const appended = await appendToThread(tx, record, draft, now, outbox);
    outbox.conversation(appended.record);
    return appended.message;
  });
  await outbox.flush(deps);
  return message;
}

/** The agent read up to a message: the unread count is what the customer wrote after it. */
export async function markConversationRead(deps: BffDeps, user: UserRecord, conversationId: string, upToSeq: number): Promise<ConversationSummary> {
  const policy = await conversationPolicy(deps);
  const outbox = new ConversationOutbox(policy);
  const after = await deps.db.transaction(async (tx) => {
    const record = await lockOwned(tx, user, conversationId);
    const readSeq = readPosition(record, upToSeq);
    // The customer's widget shows their messages read as the agent reads them.
    for (const message of await customerMessagesNotRead(tx, conversationId, readSeq)) {
      await setMessageStatus(tx, conversationId, message.seq, 'read');
      outbox.messageStatus(record, message, 'read');
    }
    const next = withRead(record, readSeq, await customerMessagesAfter(tx, conversationId, readSeq));
    if (next !== record) {
      await saveConversation(tx, next);
      // The agent's other tabs clear their unread badge too.
      outbox.conversation(next);
    }
    return next;
  });
  await outbox.flush(deps);
  return summaryOf(after, policy);
}

/**
 * Closed with one of the server's dispositions: it moves to the agent's history, the customer is told, and
 * the seat's room on that channel is free for the next conversation. Closing again answers the first close.
 */
export async function closeConversation(deps: BffDeps, user: UserRecord, conversationId: string, disposition: string, note: string | null): Promise<ConversationSummary> {
  const now = deps.now();
  const policy = await conversationPolicy(deps);
  const outbox = new ConversationOutbox(policy);
  const known = await listDispositions(deps.db);
  const after = await deps.db.transaction(async (tx) => {
    const record = await lockOwned(tx, user, conversationId);
    if (record.status === 'closed') return record;
    assertDisposition(known, disposition);
    const { record: closed } = await appendToThread(tx, closeRecord(record, disposition, note, now), systemDraft('closed', { disposition, agent: user.displayName }), now, outbox);
    outbox.conversation(closed);
    return closed;
  });
  await outbox.flush(deps);
  await kickRouting(deps);
  return summaryOf(after, policy);
}

/** The agent typing (or stopped): the customer's widget shows it. Nothing is stored beyond the event. */
export async function agentTyping(deps: BffDeps, record: ConversationRecord, typing: boolean): Promise<void> {
  if (!record.chatToken || record.status === 'closed') return;
  await publishEvents(deps, [widgetStreamOf(record.conversationId)], { type: 'typing', conversationId: record.conversationId, who: 'agent', typing });
}
