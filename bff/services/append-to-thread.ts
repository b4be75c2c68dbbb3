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
    const read = readByReply(await unreadAgentMessages(tx, record.conversationId), appended.message.seq);
    for (const change of read) {
      const seq = Number(change.messageId.slice(change.messageId.lastIndexOf('-m') + 2));
      await setMessageStatus(tx, record.conversationId, seq, change.status);
      outbox.add([appended.record.agentId], { type: 'message.updated', conversationId: record.conversationId, messageId: change.messageId, status: change.status });
    }
  }
  return appended;
}
