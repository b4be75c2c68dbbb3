import { z } from 'zod/mini';
import { Channel } from './channel';
import { CustomerLevel } from './customer';
import { Locale } from './identity';

/**
 * Conversations (会话): chats, SMS, emails and social messages, handled several at once. A conversation
 * has a thread of messages numbered gaplessly (`seq`), an owner (the agent it was offered to and who
 * accepted it) and, when it ends, a disposition.
 */

/** The channels a conversation can have (calls are the softphone's). */
export const ConversationChannel = z.enum(['chat', 'sms', 'email', 'social']);
export type ConversationChannel = z.infer<typeof ConversationChannel>;
export const conversationChannelOf = (channel: z.infer<typeof Channel>): ConversationChannel | null =>
  channel === 'voice' ? null : channel;

export const Attachment = z.object({
  attachmentId: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.int().check(z.nonnegative()),
});
export type Attachment = z.infer<typeof Attachment>;

export const EmailAddress = z.string().check(z.minLength(3), z.maxLength(254));

/** What a message holds; the thread renders each kind its own way. */
export const MessageContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('image'), attachment: Attachment, caption: z.nullable(z.string()) }),
  z.object({ kind: z.literal('file'), attachment: Attachment }),
  z.object({
    kind: z.literal('email'),
    subject: z.string(),
    from: z.string(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    /** The HTML part as received: the desktop sanitizes it and shows it isolated (never trusted). */
    html: z.nullable(z.string()),
    /** The plain-text part (or one made from the HTML). */
    text: z.string(),
    /** The message this one answers (a quoted reply). */
    inReplyTo: z.nullable(z.string()),
    attachments: z.array(Attachment),
  }),
  z.object({ kind: z.literal('sms'), text: z.string(), segments: z.int() }),
  z.object({
    kind: z.literal('system'),
    event: z.enum(['offered', 'assigned', 'transferred', 'customer_left', 'closed', 'returned_to_queue']),
    /** Who or what, for the line the thread shows ("assigned to 张伟"). */
    detail: z.record(z.string(), z.string()),
  }),
]);
export type MessageContent = z.infer<typeof MessageContent>;

export const MessageStatus = z.enum(['sent', 'delivered', 'read', 'failed']);
export type MessageStatus = z.infer<typeof MessageStatus>;

export const Message = z.object({
  messageId: z.string(),
  conversationId: z.string(),
  /** Gapless and increasing within the conversation. */
  seq: z.int().check(z.minimum(1)),
  author: z.enum(['customer', 'agent', 'system', 'bot']),
  /** The agent who wrote it (agent messages and notes). */
  agentId: z.nullable(z.string()),
  authorName: z.string(),
  at: z.string(),
  content: MessageContent,
  /** An internal note: staff only, never sent to the customer. */
  internal: z.boolean(),
  /** The sender's own id for an agent message (its idempotency key): a retry never makes a second message. */
  clientId: z.nullable(z.string()),
  status: MessageStatus,
});
export type Message = z.infer<typeof Message>;

/** What an agent sends: text, an uploaded attachment, an email, an SMS (an internal note is text). */
export const OutgoingContent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), text: z.string().check(z.minLength(1), z.maxLength(4000)) }),
  z.strictObject({ kind: z.literal('image'), attachmentId: z.string(), caption: z.optional(z.nullable(z.string().check(z.maxLength(1000)))) }),
  z.strictObject({ kind: z.literal('file'), attachmentId: z.string() }),
  z.strictObject({
    kind: z.literal('email'),
    subject: z.string().check(z.minLength(1), z.maxLength(300)),
    to: z.array(EmailAddress).check(z.minLength(1), z.maxLength(20)),
    cc: z.array(EmailAddress).check(z.maxLength(20)),
    text: z.string().check(z.minLength(1), z.maxLength(50_000)),
    inReplyTo: z.nullable(z.string()),
    attachmentIds: z.array(z.string()).check(z.maxLength(10)),
  }),
  z.strictObject({ kind: z.literal('sms'), text: z.string().check(z.minLength(1), z.maxLength(1530)) }),
]);
export type OutgoingContent = z.infer<typeof OutgoingContent>;

export const ConversationStatus = z.enum(['queued', 'offered', 'active', 'closed']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const ConversationSummary = z.object({
  conversationId: z.string(),
  channel: ConversationChannel,
  status: ConversationStatus,
  queueId: z.string(),
  /** The agent handling it (null while queued). */
  agentId: z.nullable(z.string()),
  customerId: z.nullable(z.string()),
  /** The customer's name when known, else how they arrived (masked number, email, handle). */
  title: z.string(),
  /** An email's subject. */
  subject: z.nullable(z.string()),
  openedAt: z.string(),
  closedAt: z.nullable(z.string()),
  disposition: z.nullable(z.string()),
  lastSeq: z.int(),
  lastMessageAt: z.string(),
  /** Since when the customer has waited for an answer (their oldest unanswered message); null when answered. */
  waitingSince: z.nullable(z.string()),
  /** Customer messages after the agent's last read. */
  unread: z.int(),
  /** The queue's thresholds for `waitingSince`: amber after, red after (seconds). */
  amberAfterSec: z.int(),
  redAfterSec: z.int(),
  /** The customer is still there (a chat whose customer left or timed out: false). */
  customerPresent: z.boolean(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

/** A conversation offered to this agent: accept it or say why not, before it moves on. */
export const ConversationOffer = z.object({
  offerId: z.string(),
  conversationId: z.string(),
  channel: ConversationChannel,
  queueId: z.string(),
  queueName: z.string(),
  /** When the customer started waiting (the queue's wait, not this offer's). */
  waitingSince: z.string(),
  customer: z.object({ customerId: z.nullable(z.string()), name: z.nullable(z.string()), level: z.nullable(CustomerLevel), fromMasked: z.string() }),
  /** The first words of the latest customer message (or the subject of an email). */
  preview: z.string(),
  /** Not accepted by then, it moves on to the next agent. */
  expiresAt: z.string(),
});
export type ConversationOffer = z.infer<typeof ConversationOffer>;

export const RejectReason = z.enum(['busy', 'wrong_skill', 'language', 'other']);
export type RejectReason = z.infer<typeof RejectReason>;

/** Conversations this agent may hold at once, per channel (the server's), and how many are held now. */
export const ChannelCounts = z.object({ chat: z.int(), sms: z.int(), email: z.int(), social: z.int() });
export type ChannelCounts = z.infer<typeof ChannelCounts>;

export const ConversationSettings = z.object({
  autoAccept: z.boolean(),
  capacity: ChannelCounts,
  used: ChannelCounts,
});
export type ConversationSettings = z.infer<typeof ConversationSettings>;

export const Disposition = z.object({ code: z.string(), labels: z.record(Locale, z.string()) });
export type Disposition = z.infer<typeof Disposition>;

/** A canned response (常用语): `{name}`, `{plan}` and the like are filled from the customer. */
export const CannedResponse = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  keywords: z.array(z.string()),
  channels: z.array(ConversationChannel),
  locale: Locale,
});
export type CannedResponse = z.infer<typeof CannedResponse>;

/** What an attachment may be, per channel: checked by the desktop before upload and by the server. */
export const AttachmentPolicy = z.object({ maxBytes: z.int(), allowedMime: z.array(z.string()) });
export type AttachmentPolicy = z.infer<typeof AttachmentPolicy>;
