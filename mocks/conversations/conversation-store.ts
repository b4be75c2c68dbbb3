import type { Message, MessageStatus } from '@/contract/schemas/conversation';
import { appendMessage, forCustomer, isOwnedBy, summaryOf, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { conversationAudience, widgetStreamOf } from '@/domain/event-audience';
import { advanceStatus, readByReply } from '@/domain/message-status';
import type { MockDb } from '@mocks/core/mock-db';
import { publish, publishTo } from '@mocks/core/realtime-server';

/**
 * Storage and wiring of conversations: read and write the tables, and tell who follows a conversation (the
 * agent holding it; the customer's widget for a chat started there). Every rule is src/domain's.
 */

export function recordOf(db: MockDb, conversationId: string): ConversationRecord {
  const record = db.conversations.records.get(conversationId);
  if (!record) throw new DomainError('not_found', `No conversation ${conversationId}`);
  return record;
}

/** The viewer's own conversation; anyone else's answers 404, as one that does not exist. */
export function ownedRecord(db: MockDb, viewer: { id: string }, conversationId: string): ConversationRecord {
  const record = db.conversations.records.get(conversationId);
  if (!record || !isOwnedBy(record, viewer)) throw new DomainError('not_found', `No conversation ${conversationId} of yours`);
  return record;
}

export function threadOf(db: MockDb, conversationId: string): Message[] {
  return db.conversations.threads.get(conversationId) ?? [];
}

export function summaryNow(db: MockDb, record: ConversationRecord) {
  return summaryOf(record, db.conversations.policy);
}

/** Stores a changed record and tells the agent holding it (and `alsoTell`: an agent it just left). */
export function saveRecord(db: MockDb, record: ConversationRecord, alsoTell: readonly string[] = []): ConversationRecord {
  db.conversations.records.set(record.conversationId, record);
  const audience = new Set([...conversationAudience(record), ...alsoTell]);
  publishTo(audience, { type: 'conversation.updated', conversation: summaryNow(db, record) });
  return record;
}

function widgetFollows(record: ConversationRecord): boolean {
  return record.chatToken !== null;
}

/** Sets a message's status (only forward) and tells the agent and the widget. */
export function setMessageStatus(db: MockDb, record: ConversationRecord, messageId: string, status: MessageStatus): void {
  const thread = threadOf(db, record.conversationId);
  const index = thread.findIndex((m) => m.messageId === messageId);
  const message = thread[index];
  if (!message) return;
  const next = advanceStatus(message.status, status);
  if (next === message.status) return;
  thread[index] = { ...message, status: next };
  const event = { type: 'message.updated' as const, conversationId: record.conversationId, messageId, status: next };
  publishTo(conversationAudience(record), event);
  if (widgetFollows(record) && !message.internal) publish(widgetStreamOf(record.conversationId), event);
}

/**
 * Appends a message with the next seq and tells its followers: the agent sees everything, the widget what
 * a customer may see. A customer's message means what the agent sent before was read.
 */
export function appendToThread(db: MockDb, record: ConversationRecord, draft: MessageDraft, now: number): { record: ConversationRecord; message: Message } {
  const step = appendMessage(record, draft, now);
  const thread = threadOf(db, record.conversationId);
  thread.push(step.message);
  db.conversations.threads.set(record.conversationId, thread);
  db.conversations.records.set(record.conversationId, step.record);
  publishTo(conversationAudience(step.record), { type: 'message.created', message: step.message });
  const seen = forCustomer(step.message);
  if (seen && widgetFollows(step.record)) publish(widgetStreamOf(record.conversationId), { type: 'message.created', message: seen });
  if (draft.author === 'customer') markAgentMessagesRead(db, step.record, step.message.seq);
  saveRecord(db, step.record);
  return step;
}

/** The customer answered or started typing: what the agent sent before is read. */
export function markAgentMessagesRead(db: MockDb, record: ConversationRecord, beforeSeq: number): void {
  for (const change of readByReply(threadOf(db, record.conversationId), beforeSeq)) setMessageStatus(db, record, change.messageId, change.status);
}

/** Tells the other side someone is typing: the agent's typing to the widget, the customer's to the agent. */
export function publishTyping(db: MockDb, record: ConversationRecord, who: 'agent' | 'customer', typing: boolean): void {
  const event = { type: 'typing' as const, conversationId: record.conversationId, who, typing };
  if (who === 'customer') publishTo(conversationAudience(record), event);
  else if (widgetFollows(record)) publish(widgetStreamOf(record.conversationId), event);
}
