import type { ConversationChannel, MessageContent } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import { customerLeft, openConversation, systemDraft, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { customerContent } from '@/domain/customer-content';
import { DomainError } from '@/domain/domain-error';
import { defaultOfferQueue } from '@/domain/event-audience';
import { conversationOfMessageId, inboundTenant, repliedMessageId, threadKey } from '@/domain/inbound-conversation';
import { soleMatch } from '@/domain/live-contact';
import { maskContactPoint } from '@/domain/mask-pii';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import { nextId, type MockDb } from '@mocks/core/mock-db';
import { signedInUsers } from '@mocks/core/sessions';
import { callerMatches } from '@mocks/customers/customer-lookups';
import { appendToThread, recordOf, saveRecord } from './conversation-store';
import { endOffer, publishQueueFigures, routeWaiting } from './route-conversations';

/** The customer's side of a conversation in the mocks: writing in, writing again, leaving. */

export interface CustomerWritesIn {
  channel: ConversationChannel;
  from: string;
  text?: string;
  html?: string;
  subject?: string;
  to?: readonly string[];
  cc?: readonly string[];
  inReplyTo?: string | null;
  /** Undefined: looked up by `from` (a sole match); null: an unknown customer. */
  customerId?: string | null;
  queueId?: string;
  /** The name a widget's customer gave. */
  name?: string;
  /** A chat started in the widget opens its own conversation, with its token. */
  chatToken?: string;
  /** The centre the widget's page belongs to (else the customer's, or guessed from the sender). */
  tenant?: Tenant;
}

export function customerDraft(record: ConversationRecord, content: MessageContent, clientId: string | null = null): MessageDraft {
  return { author: 'customer', agentId: null, authorName: record.customerName ?? maskContactPoint(record.from), content, internal: false, clientId, status: 'delivered' };
}

/** The open conversation an inbound message joins: the thread an email answers, else the sender's open one. */
function conversationToJoin(db: MockDb, input: CustomerWritesIn): ConversationRecord | null {
  if (input.chatToken) return null;
  const open = (r: ConversationRecord | undefined) => (r && r.status !== 'closed' && r.channel === input.channel ? r : null);
  const replied = input.channel === 'email' ? repliedMessageId(input.inReplyTo) : null;
  if (replied) {
    const found = open(db.conversations.records.get(conversationOfMessageId(replied)));
    if (found) return found;
  }
  const key = threadKey(input.channel, input.from, input.subject);
  return [...db.conversations.records.values()].find((r) => open(r) && threadKey(r.channel, r.from, r.subject) === key) ?? null;
}

/**
 * A customer writes in on a channel: the message joins their open conversation, or opens one that is
 * queued and routed. Answers the conversation and the customer's message.
 */
export function customerWritesIn(db: MockDb, input: CustomerWritesIn, now: number) {
  const joined = conversationToJoin(db, input);
  if (joined) return customerWrites(db, joined, customerContent(joined, input), null, now);
  const caller = input.customerId === undefined ? tryNormalizeCaller(input.from) : null;
  const customerId = input.customerId === undefined ? (caller ? soleMatch(callerMatches(db, caller).map((m) => m.customerId)) : null) : input.customerId;
  const customer = customerId ? db.customers.get(customerId) : undefined;
  if (customerId && !customer) throw new DomainError('not_found', `No customer ${customerId}`);
  const tenant = customer?.tenant ?? input.tenant ?? inboundTenant({ customerTenant: null, from: input.from, to: input.to });
  const queueId = input.queueId ?? defaultOfferQueue(tenant, signedInUsers(db), input.from);
  if (!db.queues.has(queueId)) throw new DomainError('not_found', `No queue ${queueId}`);
  const record = openConversation(
    {
      conversationId: nextId(db, 'cv'),
      tenant,
      channel: input.channel,
      queueId,
      from: input.from,
      customerId: customer?.customerId ?? null,
      customerName: customer?.name ?? input.name ?? null,
      customerLevel: customer?.level ?? null,
      subject: input.channel === 'email' ? (input.subject ?? '') : null,
      chatToken: input.chatToken ?? null,
    },
    now,
  );
  db.conversations.records.set(record.conversationId, record);
  const written = appendToThread(db, record, customerDraft(record, customerContent(record, input)), now);
  routeWaiting(db, now);
  publishQueueFigures(db, queueId);
  return { record: recordOf(db, record.conversationId), message: written.message };
}

/** The customer of an open conversation writes again. */
export function customerWrites(db: MockDb, record: ConversationRecord, content: MessageContent, clientId: string | null, now: number) {
  if (record.status === 'closed') throw new DomainError('conversation_closed', `Conversation ${record.conversationId} is closed`);
  return appendToThread(db, record, customerDraft(record, content, clientId), now);
}

/** The customer leaves: an offer of it ends; a conversation in hand stays for its agent to close. */
export function customerLeaves(db: MockDb, record: ConversationRecord, now: number): ConversationRecord {
  if (!record.customerPresent) return record;
  for (const kept of db.conversations.offers.values()) {
    if (kept.offer.conversationId === record.conversationId && kept.status === 'open') endOffer(db, kept, 'customer_left', now);
  }
  const left = customerLeft(recordOf(db, record.conversationId), now);
  saveRecord(db, left);
  if (record.status !== left.status) publishQueueFigures(db, left.queueId);
  return appendToThread(db, left, systemDraft('customer_left', {}), now).record;
}
