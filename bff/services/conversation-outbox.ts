import type { Message, MessageStatus } from '@/contract/schemas/conversation';
import { conversationAudience, widgetStreamOf } from '@/domain/event-audience';
import { forCustomer, summaryOf, type ConversationPolicy, type ConversationRecord } from '@/domain/conversation-record';
import type { RealtimeEventInput } from '@/domain/event-stream';
import type { BffDeps } from './bff-deps';
import { appendEventBatch } from '../store/event-queries';

/**
 * Events a conversation change owes, gathered while its transaction runs and published once it has
 * committed: a rolled-back change announces nothing, and a reader told of a message finds it stored.
 */
export class ConversationOutbox {
  private readonly items: { to: string[]; event: RealtimeEventInput }[] = [];

  constructor(private readonly policy: ConversationPolicy) {}

  add(to: readonly (string | null)[], event: RealtimeEventInput): void {
    const recipients = to.filter((id): id is string => !!id);
    if (recipients.length) this.items.push({ to: recipients, event });
  }

  /** The conversation's summary, to its agent (and whoever held it before: the one it was taken from). */
  conversation(record: ConversationRecord, formerAgentId: string | null = null): void {
    this.add([...conversationAudience(record), formerAgentId], { type: 'conversation.updated', conversation: summaryOf(record, this.policy) });
  }

  /** A new message: to its agent, and to the customer's widget (never an internal note). */
  message(record: ConversationRecord, message: Message): void {
    this.add(conversationAudience(record), { type: 'message.created', message });
    const customerCopy = forCustomer(message);
    if (record.chatToken && customerCopy) this.add([widgetStreamOf(record.conversationId)], { type: 'message.created', message: customerCopy });
  }

  /** A message's status moved on: to its agent, and to the widget when the customer may see the message. */
  messageStatus(record: ConversationRecord, message: Pick<Message, 'messageId' | 'internal'>, status: MessageStatus): void {
    const event = { type: 'message.updated' as const, conversationId: record.conversationId, messageId: message.messageId, status };
    this.add(conversationAudience(record), event);
    if (record.chatToken && !message.internal) this.add([widgetStreamOf(record.conversationId)], event);
  }

  /** Stores every event owed in one transaction (each recipient's seqs in order), then tells every instance. */
  async flush(deps: BffDeps): Promise<void> {
    const items = this.items.splice(0).flatMap((item) => [...new Set(item.to)].map((userId) => ({ userId, input: item.event })));
    const stored = await appendEventBatch(deps.db, items, deps.now());
    if (stored.length) await deps.bus.publish({ kind: 'events', items: stored });
  }
}
