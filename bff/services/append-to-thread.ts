import type { Message } from '@/contract/schemas/conversation';
import { appendMessage, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { readByReply } from '@/domain/message-status';
import { saveConversation } from '../store/conversation-queries';
import { insertMessage, setMessageStatus, unreadAgentMessages } from '../store/message-queries';
import type { Db } from '../store/open-store';
import type { ConversationOutbox } from './conversation-outbox';

/**
 * Appends a message to a conversation locked in this transaction: the next seq, the summary kept
 * current, the events owed. A customer's message also marks what the agent sent before it read.
 */
export async function appendToThread(tx: Db, record: ConversationRecord, draft: MessageDraft, now: number, outbox: ConversationOutbox): Promise<{ record: ConversationRecord; message: Message }> {
  const appended = appendMessage(record, draft, now);
  await insertMessage(tx, appended.message);
  await saveConversation(tx, appended.record);
  outbox.message(appended.record, appended.message);
  if (draft.author === 'customer') {
    await markAgentMessagesRead(tx, appended.record, appended.message.seq, outbox);
  }
  return appended;
}

/** The customer answered (or started typing): what the agent sent before it is read (the domain's readByReply). */
export async function markAgentMessagesRead(tx: Db, record: ConversationRecord, beforeSeq: number, outbox: ConversationOutbox): Promise<void> {
  const unread = await unreadAgentMessages(tx, record.conversationId);
  for (const change of readByReply(unread, beforeSeq)) {
    const message = unread.find((m) => m.messageId === change.messageId)!;
    await setMessageStatus(tx, record.conversationId, message.seq, change.status);
    outbox.messageStatus(record, message, change.status);
  }
}
