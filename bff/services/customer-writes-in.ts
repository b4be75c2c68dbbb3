import { sql } from 'drizzle-orm';
import type { ConversationChannel, Message, MessageContent } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import { assertOpen, openConversation, type ConversationRecord, type MessageDraft } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { defaultOfferQueue } from '@/domain/event-audience';
import { conversationOfMessageId, inboundTenant, repliedMessageId, threadKey } from '@/domain/inbound-conversation';
import { soleMatch } from '@/domain/live-contact';
import { maskContactPoint } from '@/domain/mask-pii';
import { statusOnSend } from '@/domain/message-status';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import { insertConversation, lockConversation, openConversationByThread } from '../store/conversation-queries';
import { findCustomer } from '../store/customer-queries';
import { nextId } from '../store/misc-queries';
import type { Db } from '../store/open-store';
import { getQueue } from '../store/queue-queries';
import { announceQueueFigures } from './announce-queue-figures';
import { appendToThread } from './append-to-thread';
import type { BffDeps } from './bff-deps';
import { callerMatches } from './customer-lookups';
import { ConversationOutbox } from './conversation-outbox';
import { conversationPolicy } from './conversation-policy';
import { kickRouting } from './conversation-routing';

export interface InboundMessage {
  channel: ConversationChannel;
  /** As it arrived: a number, an email address, a handle. */
  from: string;
  /** The message as the thread shows it (made for the centre it turns out to be for, when a function). */
  content: MessageContent | ((tenant: Tenant) => MessageContent);
  /** Omitted: looked up by `from` (a sole match only). Null: an unknown customer. */
  customerId?: string | null;
  /** The name the customer gave (the widget) when no known customer answers to `from`. */
  name?: string | null;
  /** The centre the widget's page belongs to (else the customer's, or guessed from the sender). */
  tenant?: Tenant;
  queueId?: string;
  subject?: string | null;
  /** The addresses an email was sent to (which centre it is for). */
  to?: readonly string[];
  /** An email's In-Reply-To: the conversation whose message it answers. */
  inReplyTo?: string | null;
  /** Join the open conversation of this sender (SMS, email) rather than open a new one (the widget, tests). */
  join: boolean;
  /** The widget's token for a chat it starts. */
  chatToken?: string | null;
  clientId?: string | null;
}

interface Customer {
  customerId: string | null;
  tenant: Tenant | null;
  name: string | null;
  level: ConversationRecord['customerLevel'];
}

async function identify(deps: BffDeps, input: InboundMessage): Promise<Customer> {
  let customerId = input.customerId;
  if (customerId === undefined) {
    const caller = tryNormalizeCaller(input.from);
    customerId = caller ? soleMatch((await callerMatches(deps.db, caller, null)).map((m) => m.customerId)) : null;
  }
  if (customerId === null) return { customerId: null, tenant: null, name: input.name ?? null, level: null };
  const found = await findCustomer(deps.db, customerId);
  if (!found) throw new DomainError('not_found', `No customer ${customerId}`);
  return { customerId, tenant: found.tenant, name: found.data.name, level: found.data.level };
}

/** The open conversation this message continues: the email it answers, else the sender's open thread. */
async function conversationToJoin(tx: Db, input: InboundMessage, tenant: Tenant): Promise<ConversationRecord | null> {
  const replied = repliedMessageId(input.inReplyTo);
  if (replied) {
    const answered = await lockConversation(tx, conversationOfMessageId(replied));
    if (answered && answered.status !== 'closed' && answered.tenant === tenant && answered.channel === input.channel) return answered;
  }
  const open = await openConversationByThread(tx, tenant, input.channel, threadKey(input.channel, input.from, input.subject));
  return open ? lockConversation(tx, open.conversationId) : null;
}

/**
 * A customer writes in on a channel: their message joins the conversation it continues or opens a new one
 * in the centre's queue, and routing offers whatever waits. Both inbound endpoints, the widget and the test
 * controls come through here.
 */
export async function customerWritesIn(deps: BffDeps, input: InboundMessage): Promise<{ record: ConversationRecord; message: Message; opened: boolean }> {
  const now = deps.now();
  const customer = await identify(deps, input);
  const tenant = customer.tenant ?? input.tenant ?? inboundTenant({ customerTenant: null, from: input.from, to: input.to });
  const queueId = input.queueId ?? defaultOfferQueue(tenant, [], input.from);
  const queue = await getQueue(deps.db, queueId);
  if (!queue) throw new DomainError('not_found', `No queue ${queueId}`);
  const outbox = new ConversationOutbox(await conversationPolicy(deps));
  const result = await deps.db.transaction(async (tx) => {
    // One sender's messages arriving together join one conversation, whichever instance takes each.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`inbound|${tenant}|${threadKey(input.channel, input.from, input.subject)}`}))`);
    let record = input.join ? await conversationToJoin(tx, input, tenant) : null;
    const opened = record === null;
    if (!record) {
      record = openConversation(
        {
          conversationId: await nextId(tx, 'cv'),
          tenant: queue.tenant,
          channel: input.channel,
          queueId,
          from: input.from,
          customerId: customer.customerId,
          customerName: customer.name,
          customerLevel: customer.level,
          subject: input.channel === 'email' ? (input.subject ?? '') : null,
          chatToken: input.chatToken ?? null,
        },
        now,
      );
      await insertConversation(tx, record);
    }
    assertOpen(record);
    const draft: MessageDraft = {
      author: 'customer',
      agentId: null,
      authorName: record.customerName ?? maskContactPoint(record.from),
      content: typeof input.content === 'function' ? input.content(record.tenant) : input.content,
      internal: false,
      clientId: input.clientId ?? null,
      status: statusOnSend({ author: 'customer', internal: false }, record.channel, record.customerPresent),
    };
    const appended = await appendToThread(tx, record, draft, now, outbox);
    outbox.conversation(appended.record);
    return { ...appended, opened };
  });
  await outbox.flush(deps);
  if (result.record.status === 'queued') {
    await kickRouting(deps);
    await announceQueueFigures(deps, [result.record.queueId]);
  }
  return result;
}
