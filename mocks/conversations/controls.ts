import type { ConversationChannel, Message } from '@/contract/schemas/conversation';
import type { ConversationPolicy } from '@/domain/conversation-record';
import { getMockDb } from '@mocks/core/mock-db';
import { failEndpoint } from '@mocks/core/scenario-state';
import { maskContactPoint } from '@/domain/mask-pii';
import { markAgentMessagesRead, publishTyping, recordOf } from './conversation-store';
import { customerContent } from '@/domain/customer-content';
import { customerLeaves, customerWrites, customerWritesIn } from './customer-side';
import { expireOpenOffers } from './route-conversations';
import { timeOutNextSends } from './send-faults';

export interface InjectConversationInput {
  channel: ConversationChannel;
  /** A number, email address or handle; a known one names its customer. */
  from: string;
  text: string;
  /** An email's subject and HTML part. */
  subject?: string;
  html?: string;
  /** Undefined: looked up by `from`; null: an unknown customer. */
  customerId?: string | null;
  queueId?: string;
}

/** A conversation the dev panel lists to act as its customer. */
export interface LiveConversation {
  conversationId: string;
  channel: ConversationChannel;
  status: string;
  title: string;
  customerPresent: boolean;
}

/** The customer's side of conversations, and send faults: what tests and the dev panel drive. */
export const conversationControls = {
  /** A customer writes in: the conversation is opened (or joined) and offered to a Ready seat with room. */
  injectConversation(input: InjectConversationInput): { conversationId: string } {
    const db = getMockDb();
    const { record } = customerWritesIn(db, { ...input, html: input.html, subject: input.channel === 'email' ? (input.subject ?? '') : undefined }, db.clock());
    return { conversationId: record.conversationId };
  },

  customerWrites(conversationId: string, text: string, html?: string): Message {
    const db = getMockDb();
    const record = recordOf(db, conversationId);
    return customerWrites(db, record, customerContent(record, { text, html }), null, db.clock()).message;
  },

  customerTypes(conversationId: string, typing: boolean): void {
    const db = getMockDb();
    const record = recordOf(db, conversationId);
    if (record.status === 'closed') return;
    publishTyping(db, record, 'customer', typing);
    if (typing) markAgentMessagesRead(db, record, record.lastSeq + 1);
  },

  customerLeaves(conversationId: string): void {
    const db = getMockDb();
    customerLeaves(db, recordOf(db, conversationId), db.clock());
  },

  /** The next send fails with a 500 before anything is stored. */
  failNextSend(): void {
    failEndpoint('conversations.send', 500, { times: 1 });
  },

  /** The next send is stored but its answer never comes (or after `holdMs`): the desktop times out. */
  timeOutNextSend(holdMs?: number): void {
    timeOutNextSends(1, holdMs ?? null);
  },

  /** Every open offer lapses now and moves on, as if its time were up. Returns how many. */
  expireOffers(): number {
    return expireOpenOffers(getMockDb());
  },

  setConversationPolicy(policy: Partial<ConversationPolicy>): ConversationPolicy {
    const db = getMockDb();
    db.conversations.policy = { ...db.conversations.policy, ...Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined)) };
    return db.conversations.policy;
  },

  /** Conversations not closed, newest first. */
  listLiveConversations(): LiveConversation[] {
    return [...getMockDb().conversations.records.values()]
      .filter((r) => r.status !== 'closed')
      .sort((a, b) => b.openedAt.localeCompare(a.openedAt) || b.conversationId.localeCompare(a.conversationId))
      .map((r) => ({ conversationId: r.conversationId, channel: r.channel, status: r.status, title: r.customerName ?? maskContactPoint(r.from), customerPresent: r.customerPresent }));
  },
};
